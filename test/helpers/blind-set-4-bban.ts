/**
 * National account layouts with their own check digits, so the IBANs of blind set 4 pass the
 * national checks as well as ISO 13616's mod 97. All inputs are digit strings.
 */

/** French BBAN: bank (5), branch (5), account (11), RIB key (2). */
export function frenchBban(bank: string, branch: string, account: string): string {
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
  return bank + branch + account + String(key).padStart(2, '0');
}

/** Spanish BBAN: bank (4), branch (4), two control digits, account (10). */
export function spanishBban(bank: string, branch: string, account: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ten: string): string => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(ten[i]) * weights[i]!;
    const d = 11 - (sum % 11);
    return String(d === 11 ? 0 : d === 10 ? 1 : d);
  };
  return bank + branch + dc(`00${bank}${branch}`) + dc(account) + account;
}

/** Italian BBAN: CIN check letter, ABI (5), CAB (5), account (12). */
export function italianBban(abi: string, cab: string, account: string): string {
  const oddDigit = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
  const s = abi + cab + account;
  let sum = 0;
  // Positions are counted from 1: odd positions use the conversion table, even ones the digit itself.
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? oddDigit[Number(s[i])]! : Number(s[i]);
  return String.fromCharCode(65 + (sum % 26)) + s;
}

/** Belgian BBAN: 10 digits and their mod-97 check (97 when the remainder is 0). */
export function belgianBban(ten: string): string {
  const r = Number(ten) % 97;
  return ten + String(r === 0 ? 97 : r).padStart(2, '0');
}
