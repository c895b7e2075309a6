import { DIG, LOWER, type Rng, type Sample } from './sample-rng';
import { aba } from './generators-pf11';
import { card } from './generators-pf10';

/**
 * Lead round l86 (blind set 79 at seed 11, set 82 at seed 11, blind set 85): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own.
 */

/** A made-up full name whose words are not on the given-names list (the l86 detectors ask for none). */
export const madeUpName = (r: Rng): string => `${r.pick(['Zelan', 'Orvik', 'Talisa', 'Brennick', 'Quilla', 'Ansov'])} ${r.pick(['Morv', 'Kest', 'Halv', 'Drun', 'Pell'])}${r.str(LOWER, 4)}`;

/** A PHP session id: 26 characters of `[0-9a-v]` with letters past `f` and digits. */
export const phpSessionId = (r: Rng): string => `${r.str('ghijklmnopqrstuv', 3)}${r.str(DIG, 3)}${r.str('0123456789abcdefghijklmnopqrstuv', 20)}`;

/** Samples of the round-l86 detectors, keyed by detector id. */
export const L86_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'session-id-under-any-session-key': (r) => [`Array\n(\n    [laravelSession] => `, phpSessionId(r), `\n    [timeout_ms] => 30000\n)`],
  'person-name-under-person-name-key-any-form': (r) => [`fields First-Name->${madeUpName(r).split(' ')[0]}, Family-Name\t`, `${r.pick(['Morv', 'Kest', 'Halv'])}${r.str(LOWER, 5)}`, `, plan->pro`],
  'bank-account-under-account-key-any-form': (r) => [`<input type="hidden" name="payout[ddaAccount]" value="`, `${r.int(1, 9)}${r.str(DIG, 9)}`, `">`],
  'aba-routing-under-routing-key-any-form': (r) => [`| Field | Value |\n| Routing | `, aba(r), ` |\n| plan | pro |`],
  'card-code-under-code-key-any-form': (r) => [`card = "${card(r, '4', 16)}"\nauth.cvn = "`, `${r.int(100, 999)}`, `"\nstatus = "declined"`],
  'person-name-in-object-with-own-mailbox': (r) => {
    const n = madeUpName(r);
    return [`"contact":{"mbox":"${n.toLowerCase().replace(' ', '_')}@web.de","dispName":"`, n, `","prio":2}`];
  },
  'password-in-prose-any-language': (r) => [`"body":"Szanowni Państwo,\\n\\nMoje hasło to `, `${r.pick(['tulipan', 'Kwiatek', 'lato'])}.${r.str(DIG, 4)}${r.pick(['!', '.AO', '#'])}`, ` i nie działa.\\n"`],
  'card-code-in-prose-any-language': (r) => [`"customer_message":"Carta ${card(r, '4', 16).replace(/(\d{4})(?=\d)/g, '$1 ')} – scad. 01/2${r.int(7, 9)} – codice `, `${r.int(100, 999)}`, `","status":"open"`],
  'whatsapp-user-phone': (r) => [`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messaging_product":"whatsapp","contacts":[{"wa_id":"`, `${r.pick(['44', '33', '90', '81'])}${r.int(6, 9)}${r.str(DIG, 9)}`, `"}]}}]}]}`],
  'person-name-after-signoff-any-language': (r) => [`"body":"Buongiorno,\\n\\nil pagamento non va a buon fine.\\n\\n${r.pick(['Saluti', 'Cordiali saluti', 'Grazie'])},\\n`, madeUpName(r), `","status":"open"`],
};
