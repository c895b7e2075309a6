/** Blind set 10's format checks and generators (cards, IBANs with DK/FI/LU/SE/NO/PT accounts, ABA): set 9's, shared. */
export { aba, abaOk, bban, brandCard, card, CARD_BRANDS, groupCard, groupIban, iban, ibanOf, ibanOk, luhnOk, withLuhn } from './blind-set-9-checks';
