export const PII_KINDS = ["email", "iban", "card", "ssn", "phone"] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** How many of each kind were found, only kinds found. */
export type PiiCounts = Partial<Record<PiiKind, number>>;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** The Luhn checksum card numbers carry: rules out most digit runs that merely look like one. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** ISO 13616's mod-97 check: the country and check digits moved to the end, letters as 10–35. */
export function ibanValid(text: string): boolean {
  const iban = text.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const numeric = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

type Detector = { kind: PiiKind; pattern: RegExp; accept?: (match: string) => boolean };

// Order matters: each runs on the text the ones before it left, so an email's digits are gone
// before phone numbers are looked for, and card numbers before the looser phone pattern.
const DETECTORS: readonly Detector[] = [
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  {
    kind: "iban",
    // Written together or in groups of four, as banks print them.
    pattern: /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)\b/g,
    accept: ibanValid,
  },
  {
    kind: "card",
    pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
    accept: (match) => luhnValid(digitsOf(match)),
  },
  {
    kind: "ssn",
    // Never issued: area 000, 666 or 900–999, group 00, serial 0000.
    pattern: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g,
  },
  {
    kind: "phone",
    pattern:
      /(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[ .-]\d{3}[ .-]\d{4}|0\d{2,4}[ /-]\d{3,8}(?:[ -]\d{2,5})?)(?!\w)/g,
    accept: (match) => {
      const count = digitsOf(match).length;
      return count >= 7 && count <= 15;
    },
  },
];

/**
 * `text` with email addresses, IBANs, card numbers (Luhn-checked), US social security numbers and
 * phone numbers replaced by `[email]`, `[iban]`, `[card]`, `[ssn]` and `[phone]`, and how many of
 * each. Phone numbers are those written as one: with a country code (+49 30 1234567), in North
 * American form ((415) 555-0100, 415-555-0100) or with a trunk 0 and a separator (030 1234567);
 * a bare run of digits is left alone, as are dates.
 */
export function redactPii(text: string): { text: string; found: PiiCounts } {
  const found: PiiCounts = {};
  let redacted = text;
  for (const { kind, pattern, accept } of DETECTORS) {
    redacted = redacted.replace(pattern, (match) => {
      if (accept && !accept(match)) return match;
      found[kind] = (found[kind] ?? 0) + 1;
      return `[${kind}]`;
    });
  }
  return { text: redacted, found };
}
