import { card, groupCard, groupIban, iban, ibanOf } from './blind-set-9-checks';
import { base58check, bech32Address } from './blind-set-9-crypto';
import { DIGITS, UPPER } from './blind-set-9-rng';
import { eip55 } from './blind-set-17-keccak';
import { csvLine, BOM, fullWidth, html, jsonU, qp, urlEnc } from './blind-set-19-enc';
import { person } from './blind-set-19-people';
import { fin, iso19, once19, pos, type PosCase19, type Rng19 } from './blind-set-19-types';

/** Cards (regional brands too), IBANs of 14 countries, CVCs and wallets, in localized logs and encodings. */
const ID = 'financial';
const ib = (r: Rng19, cc: string): string => {
  switch (cc) {
    case 'TR':
      return ibanOf('TR', r.digits(5) + '0' + r.digits(16));
    case 'SA':
      return ibanOf('SA', r.pick(['80', '10', '45']) + r.digits(18));
    case 'AE':
      return ibanOf('AE', r.pick(['033', '026', '035']) + r.digits(16));
    case 'NL':
      return ibanOf('NL', r.pick(['ABNA', 'INGB', 'RABO', 'KNAB', 'TRIO', 'SNSB', 'ASNB']) + r.digits(10));
    case 'IT':
      return ibanOf('IT', r.chars(UPPER, 1) + r.digits(10) + r.digits(12));
    default:
      return iban(r, cc);
  }
};
const cvc = (r: Rng19, n = 3): string => r.chars(DIGITS, n);
export const financial: PosCase19[] = [
  (r) => {
    const c = card(r, r.pick(['3528', '3541', '3566']), 16),
      g = r.next() < 0.5 ? groupCard(c, ' ') : groupCard(c, '-');
    return pos(`${ID}/jcb-jp`, `決済エラー（オーソリ拒否）カード番号：${g}\u3000有効期限：${r.int(1, 12)}/${r.int(27, 31)}\u3000名義：TARO YAMADA`, fin('card', g));
  },
  (r) => {
    const c = card(r, '3566', 16);
    const f = fullWidth(c);
    return pos(`${ID}/jcb-fullwidth`, `入力エラー：カード番号は半角で入力してください（${f}）`, fin('card', f));
  },
  (r) => {
    const c = card(r, r.pick(['621700', '622848', '625907']), 19);
    return pos(`${ID}/unionpay-cn`, `银联代付失败 应答码=51 余额不足 收款卡号：${c} 户名：${person(r, 'cn').native}`, fin('card', c));
  },
  (r) => {
    const c = card(r, '62' + r.digits(4), 16),
      g = groupCard(c, ' ');
    return pos(`${ID}/unionpay-json-u`, `{"code":"E1002","msg":${jsonU('卡号校验失败')},"card_no":"${g}"}`, fin('card', g));
  },
  (r) => {
    const c = card(r, '220' + r.int(0, 4), 16),
      g = groupCard(c, ' ');
    return pos(`${ID}/mir-ru`, `Платёж отклонён банком-эмитентом: карта МИР ${g}, срок ${r.int(1, 12)}/${r.int(27, 31)}`, fin('card', g));
  },
  (r) => {
    const c = card(r, '9792', 16);
    return pos(`${ID}/troy-tr`, `Ödeme reddedildi: kart numarası=${c} (TROY) — yetersiz bakiye`, fin('card', c));
  },
  (r) => {
    const c = card(r, r.pick(['6081', '6521', '5085']), 16);
    return pos(`${ID}/rupay-hi`, `भुगतान अस्वीकृत: कार्ड संख्या ${groupCard(c, ' ')} (RuPay)`, fin('card', groupCard(c, ' ')));
  },
  (r) => {
    const c = card(r, r.pick(['636368', '504175', '650031']), 16);
    return pos(`${ID}/elo-pt`, `Transação negada (código 05) — cartão Elo ${c}, parcelas: 3`, fin('card', c));
  },
  (r) =>
    once19(() => {
      const c = card(r, '4', 16),
        v = cvc(r);
      return pos(`${ID}/visa-de-form`, `Zahlung fehlgeschlagen: Kartennummer=${c}&Prüfziffer=${v}&Ablauf=0${r.int(1, 9)}%2F${r.int(27, 31)}`, fin('card', c), fin('cvc', v));
    }),
  (r) =>
    once19(() => {
      const c = card(r, r.pick(['51', '53', '55']), 16),
        g = groupCard(c, ' '),
        v = cvc(r);
      const u = urlEnc(g);
      return pos(`${ID}/mc-fr-urlenc`, `POST /paiement → 502 ; corps : numero_carte=${u}&cryptogramme=${v}&titulaire=${urlEnc('Hélène Lefèvre')}`, fin('card-urlenc', u), fin('cvc', v));
    }),
  (r) =>
    once19(() => {
      const c = card(r, r.pick(['34', '37']), 15),
        v = cvc(r, 4);
      return pos(`${ID}/amex-es-html`, `<p>Error en el pago con la tarjeta &quot;${groupCard(c, ' ')}&quot; (CID&nbsp;${v}).</p>`, fin('card', groupCard(c, ' ')), fin('cvc', v));
    }),
  (r) => {
    const c = card(r, '4', 16);
    return pos(`${ID}/visa-it-qp`, `Content-Transfer-Encoding: quoted-printable\n\n${qp(`Pagamento non riuscito.\nCarta: ${c}\nContatta la tua banca.`)}`, fin('card', c));
  },
  (r) => {
    const c = card(r, r.pick(['2221', '2720', '55']), 16);
    return pos(`${ID}/mc-pl-csv`, BOM + [csvLine(['Zamówienie', 'Numer karty', 'Błąd']), csvLine([`ZAM/${r.int(1000, 9999)}/2026`, c, 'Odrzucona'])].join('\r\n'), fin('card', c));
  },
  (r) => {
    const i = ib(r, 'DE'),
      g = r.next() < 0.5 ? groupIban(i) : i;
    return pos(`${ID}/iban-de`, `SEPA-Lastschrift zurückgegeben (AC04 Konto erloschen): IBAN ${g}, Kontoinhaber: ${person(r, 'de').native}`, fin('iban', g));
  },
  (r) => {
    const i = ib(r, 'FR'),
      g = groupIban(i);
    return pos(`${ID}/iban-fr-html`, `<td>${html(`Virement rejeté : IBAN « ${g} » — motif : compte clôturé`)}</td>`, fin('iban', g));
  },
  (r) => {
    const i = ib(r, 'ES');
    return pos(`${ID}/iban-es-json-u`, `{"error":${jsonU('Domiciliación devuelta')},"iban":"${i}","titular":${jsonU(person(r, 'es').native)}}`, fin('iban', i));
  },
  (r) => {
    const i = ib(r, 'IT');
    return pos(`${ID}/iban-it`, `Bonifico respinto: IBAN beneficiario ${groupIban(i)} non valido per SCT Inst`, fin('iban', groupIban(i)));
  },
  (r) => {
    const i = ib(r, 'NL');
    return pos(`${ID}/iban-nl-xml`, `<CdtrAcct><Id><IBAN>${i}</IBAN></Id></CdtrAcct><!-- Fout: incasso geweigerd (MD06) -->`, fin('iban', i));
  },
  (r) => {
    const i = ib(r, 'PL');
    return pos(`${ID}/iban-pl`, `Przelew odrzucony: rachunek ${groupIban(i)} (${person(r, 'pl').native})`, fin('iban', groupIban(i)));
  },
  (r) => {
    const i = ib(r, 'PT');
    return pos(`${ID}/iban-pt-yaml`, `# erro na importação\nbeneficiário: ${person(r, 'pt').native}\niban: ${i}`, fin('iban', i));
  },
  (r) => {
    const i = ib(r, 'TR'),
      g = groupIban(i);
    return pos(`${ID}/iban-tr`, `EFT başarısız: alıcı IBAN ${g} — hesap kapalı`, fin('iban', g));
  },
  (r) => {
    const i = ib(r, 'SA');
    return pos(`${ID}/iban-sa-ar`, `تعذّر تنفيذ التحويل: رقم الآيبان ${i} غير مطابق لاسم المستفيد`, fin('iban', i));
  },
  (r) => {
    const i = ib(r, 'AE'),
      g = groupIban(i);
    return pos(`${ID}/iban-ae-json-u`, `{"status":"failed","message":${jsonU('الحساب مجمد')},"beneficiary_iban":"${g}"}`, fin('iban', g));
  },
  (r) => {
    const i = ib(r, 'BE');
    return pos(`${ID}/iban-be-urlenc`, `GET /virement/confirmer?iban=${i}&montant=120%2C50&communication=${urlEnc('+++090/9337/55493+++')} 400`, fin('iban', i));
  },
  (r) => {
    const i = ib(r, 'CH'),
      j = ib(r, 'AT');
    return pos(
      `${ID}/iban-ch-at-csv`,
      BOM + [csvLine(['Empfänger', 'IBAN', 'Betrag']), csvLine(['Käthe Schröder', groupIban(i), '1.250,00']), csvLine(['Lukas Weiß', j, '89,90'])].join('\r\n'),
      fin('iban', groupIban(i)),
      fin('iban', j),
    );
  },
  (r) => {
    const a = base58check(r.pick([0, 5]), r.bytes(20));
    return pos(`${ID}/btc-ru`, `Вывод средств не выполнен: адрес BTC ${a}, сумма 0.0${r.int(10, 99)} BTC`, fin('btc-base58', a));
  },
  (r) => {
    const a = bech32Address(r.bytes(20));
    return pos(`${ID}/btc-bech32-tr`, `Çekim talebi reddedildi: cüzdan adresi=${a}`, fin('btc-bech32', a));
  },
  (r) => {
    const a = eip55(r.hex(40));
    return pos(`${ID}/eth-ko`, `출금 실패: 수신 지갑 주소 ${a} (네트워크: ERC-20)`, fin('eth-address', a));
  },
  (r) => {
    const a = eip55(r.hex(40));
    return pos(`${ID}/eth-zh-json-u`, `{"msg":${jsonU('提币地址不在白名单')},"address":"${a}","ts":"${iso19(r)}"}`, fin('eth-address', a));
  },
  (r) => {
    const i = ib(r, 'NO');
    return pos(`${ID}/iban-no`, `Betaling avvist: kontonummer ${i} tilhører ikke mottaker`, fin('iban', i));
  },
];
