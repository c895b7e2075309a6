import { DIG, LOWER, type Rng, type Sample } from './sample-rng';

/** Samples for round fix22b's tests: national ids with valid checks, birth dates, home addresses, people. */

/** A Spanish DNI: eight digits and the letter of their remainder mod 23. */
export function dniOf(r: Rng): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A UK National Insurance number with an allowed prefix. */
export function ninoOf(r: Rng): string {
  return `${r.pick(['AB', 'CE', 'JH', 'PR', 'WL', 'MX', 'SK'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}

/** A Dutch BSN passing the eleven test. */
export function bsnOf(r: Rng): string {
  for (;;) {
    const d = [r.int(1, 9), ...Array.from({ length: 8 }, () => r.int(0, 9))];
    const sum = d.slice(0, 8).reduce((s, x, i) => s + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return [...d.slice(0, 8), last].join('');
  }
}

/** A birth date between 1950 and 2004, ISO. */
export function birthOf(r: Rng): string {
  return `${r.int(1950, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** A home address's street line and postcode-city line, in the layouts of several countries. */
export function homeAddressOf(r: Rng): [street: string, city: string] {
  return r.pick([
    () => [`${r.int(3, 240)} ${r.pick(['Willow Crescent', 'Cedar Lane', 'Orchard Way', 'Mill Road'])}`, `${r.pick(['Leeds LS6 2QT', 'Norwich NR2 4AB', 'York YO10 5DD'])}`],
    () => [`${r.pick(['Birkenweg', 'Schillerstraße', 'Am Anger'])} ${r.int(2, 99)}`, `${r.int(10000, 99999)} ${r.pick(['Kassel', 'Bremen', 'Erfurt'])}`],
    () => [`${r.pick(['Kastanjelaan', 'Prinsengracht', 'Molenstraat'])} ${r.int(2, 300)}`, `${r.int(1000, 9999)} ${r.pick(['KL', 'BD', 'GH'])} ${r.pick(['Delft', 'Zwolle', 'Haarlem'])}`],
    () => [`${r.int(2, 90)} rue ${r.pick(['Victor Hugo', 'des Lilas', 'Pasteur'])}`, `${r.int(10000, 95999)} ${r.pick(['Nantes', 'Lille', 'Rennes'])}`],
  ])() as [string, string];
}

/** A person's login name at a company domain (no reserved example domain). */
export function loginOf(r: Rng): string {
  return `${r.pick(['amelie', 'bruno', 'carys', 'dario', 'elif'])}.${r.pick(['hartmann', 'okafor', 'lindgren', 'moreau'])}${r.str(DIG, 2)}`;
}

/** A random lowercase word for hosts. */
export const hostWord = (r: Rng): string => r.str(LOWER, r.int(5, 9));

/** A secret for declaration samples: letters and digits only (no delimiter of the forms). */
const declared = (r: Rng): string => `${r.str(LOWER, 4).toUpperCase()}${r.str(DIG, 3)}${r.str(LOWER, 6)}${r.str(DIG, 2)}${r.str(LOWER, 5).toUpperCase()}`;

/** Samples of round fix22b's detectors, one realistic context each. */
export const R22B_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'street-address-saml-attribute': (r) => {
    const [street, city] = homeAddressOf(r);
    return ['<saml2:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/streetaddress"><saml2:AttributeValue>', `${street}, ${city}`, '</saml2:AttributeValue></saml2:Attribute>'];
  },
  'street-address-uk-types': (r) => ['courier booked for ', `${r.int(2, 180)} ${r.pick(['Fairfield', 'Abbey', 'Orchard'])} ${r.pick(['Close', 'Parade', 'Rise'])}, Leeds LS6 2QT`, ' (signature required)'],
  'csharp-literal-secret': (r) => ['public string ClientSecret { get; set; } = "', declared(r), '";'],
  'rust-string-secret': (r) => ['let api_token = String::from("', declared(r), '");'],
  'terraform-variable-default-secret': (r) => ['variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "', declared(r), '"\n}'],
  'dockerfile-env-secret': (r) => ['Step 7/12 : ENV SENTRY_AUTH_TOKEN ', declared(r), '\n ---> Running in 3f2a9c1d'],
};
