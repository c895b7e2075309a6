import { dob17 } from './blind-set-17-ids-eu';
import { dvla, nino, ssn } from './blind-set-17-ids-world';
import { ADDRESSES, dobText, email, PASSPORTS, PHONES, person } from './blind-set-17-people';
import { D, UP } from './blind-set-17-rng';
import { iso17, pers, pos, qp, type PosCase17 } from './blind-set-17-types';

const tk = (r: Parameters<PosCase17>[0]): number => r.int(20000, 990000);

/** Personal data written by people: tickets, chats, comments, CSV exports, e-mail bodies. */
export const posPersonalB: PosCase17[] = [
  (r) => {
    const ph = PHONES['uk-mobile']!(r);
    return pos('human/zendesk-callme', `Ticket #${tk(r)}: "parcel still not here after 9 days!! call me on ${ph} before 5pm, I'm at work otherwise"`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['us']!(r);
    const a = ADDRESSES['us']!(r);
    return pos('human/intercom-us', `<p>Hi, wrong address on my order. Please ship to ${a} instead. You can text me at ${ph}. Thanks, Connor</p>`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['de-national']!(r);
    const a = ADDRESSES['de']!(r);
    return pos('human/freshdesk-de', `Freshdesk #${tk(r)}\nVon: Lukas\nHallo, die Lieferung ging an die falsche Adresse. Richtig ist: ${a}. Erreichbar unter ${ph}. Danke!`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['fr']!(r);
    const a = ADDRESSES['fr']!(r);
    return pos('human/slack-fr', `{"text":"client au tel: ${ph}, elle a déménagé au ${a} — à mettre à jour dans le CRM stp","user":"U${r.chars(UP + D, 10)}"}`, pers('phone', ph), pers('address', a));
  },
  (r) => {
    const ph = PHONES['es']!(r);
    return pos('human/chat-es', `[${iso17(r)}] Visitante: hola, no me llega el código SMS, mi móvil es ${ph}`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['it']!(r);
    const a = ADDRESSES['it']!(r);
    return pos('human/email-it', `Subject: Reso ordine\n\nBuongiorno, vorrei restituire l'ordine. Indirizzo per il ritiro: ${a}. Cellulare ${ph}.\nGrazie, Marchetti`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['nl']!(r);
    const a = ADDRESSES['nl']!(r);
    return pos('human/jira-nl', `SUP-${r.int(100, 9999)}: klant belt steeds terug, nummer ${ph}, adres ${a}. Graag vandaag oppakken.`, pers('phone', ph), pers('address', a));
  },
  (r) => {
    const ph = PHONES['au']!(r);
    const a = ADDRESSES['au']!(r);
    return pos('human/zendesk-au', `Customer: hey mate, courier left a card but I wasn't home. I'm at ${a}, mobile ${ph}, can they try Saturday?`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['br']!(r);
    return pos('human/whatsapp-br', `[WhatsApp Business webhook] from=${r.num(13)} text="Oi, meu pedido não chegou. Pode me ligar no ${ph}?"`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['jp']!(r);
    return pos('human/jira-jp', `SUP-${r.int(100, 9999)} Kenji Tanaka (customer) says the invoice address is wrong; call back on ${ph} (JST business hours)`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['se']!(r);
    return pos('human/slack-se', `${r.pick(['Ingrid', 'Lukas'])}: kunden ringde igen, nummer ${ph}, vill ha återbetalning`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['pl']!(r);
    return pos('human/intercom-pl', `{"body":"<p>Dzień dobry, proszę o kontakt pod numerem ${ph} w sprawie faktury</p>","author":{"type":"user"}}`, pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['ie']!(r);
    const a = ADDRESSES['ie']!(r);
    return pos('human/freshdesk-ie', `Hi, it's Siobhan Byrne. New address is ${a}. Phone ${ph}.`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const ph = PHONES['mx']!(r);
    return pos('human/chat-mx', `Agente: ¿me confirma un teléfono?\nCliente: ${ph}, es celular`, pers('phone', ph));
  },
  (r) => {
    const d = dobText(dob17(r), 'ordinal');
    const p = person(r);
    return pos('human/ticket-dob-ordinal', `Ticket #${tk(r)}: "Can't verify my identity in the app. Name ${p.full}, DOB ${d}, it keeps saying the details don't match"`, pers('dob', d));
  },
  (r) => {
    const d = dobText(dob17(r), 'us-long');
    return pos('human/slack-dob-long', `for the insurance form: patient born ${d}, please double-check against the referral letter`, pers('dob', d));
  },
  (r) => {
    const d = dobText(dob17(r), 'dmy');
    const e = email(r);
    return pos('human/csv-customers', `export customers_2026-11.csv (first rows):\ncustomer_id,name,email,date_of_birth,segment\n${r.num(6)},Aisha Okafor,${e},${d},gold\n${r.num(6)},(deleted),,,`, pers('email', e), pers('dob', d));
  },
  (r) => {
    const d = dobText(dob17(r), 'dotted');
    const v = nino(r, false);
    return pos('human/tsv-paste', `pasted into #hr-ops:\nName\tGeburtsdatum\tNI number\tStart\nTomasz Kowalczyk\t${d}\t${v}\t01.12.2026`, pers('dob', d), pers('uk-nino', v));
  },
  (r) => {
    const v = PASSPORTS['uk']!(r);
    return pos('human/travel-ticket', `Zendesk #${tk(r)} (Travel desk): "booking for the Lisbon offsite — my passport no. is ${v}, expires 2031, name as on passport: Hannah Whitfield"`, pers('passport', v));
  },
  (r) => {
    const v = PASSPORTS['de']!(r);
    return pos('human/checkin-chat', `Gast: Für den Check-in: Reisepassnummer ${v}, Ankunft gegen 22 Uhr.`, pers('passport', v));
  },
  (r) => {
    const v = PASSPORTS['in']!(r);
    return pos('human/visa-email', `Subject: Invitation letter\n\nDear team, please issue the invitation letter for Priya Raghunathan, passport number ${v}, travelling 12-16 January.`, pers('passport', v));
  },
  (r) => {
    const b = dob17(r);
    const v = dvla(r, 'Whitfield', b, true);
    return pos('human/car-hire', `Hi, renting the van for the depot move. Driving licence number ${v}, I've had it since 2011.`, pers('uk-dvla', v));
  },
  (r) => {
    const v = `${r.chars(UP, 1)}${r.num(7)}`;
    return pos('human/ca-license', `Jira SUP-${r.int(100, 9999)}: driver onboarding stuck — CA driver license ${v} fails the DMV check, can someone retry manually?`, pers('us-ca-dl', v));
  },
  (r) => {
    const v = ssn(r);
    return pos('human/chat-ssn', `Visitor: they asked for my social for the W-9, it's ${v}. is that safe to send here?`, pers('us-ssn', v));
  },
  (r) => {
    const e = email(r);
    return pos('human/qp-email-body', `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n${qp(`Hallo,\nbitte schicken Sie die Rechnung künftig an\n${e}\n– danke schön!`)}`, pers('email', e));
  },
  (r) => {
    const e = email(r);
    const ph = PHONES['uk-intl']!(r);
    return pos('human/signature', `> Thanks for your help!\n> --\n> Oluwaseun Adeyemi | Ops Lead\n> ${ph} | ${e}`, pers('phone', ph), pers('email', e));
  },
];
