/**
 * Repair the ways Datadog template rendering breaks JSON, in one pass that knows whether it
 * is inside a string: an unquoted empty variable (`"logs_sample": }` or `: ,`) becomes null,
 * raw control characters inside strings are escaped, bare integers of 16+ digits (a `$ID`
 * left unquoted) become strings so no precision is lost, and trailing commas are dropped.
 */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += text.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '"') inString = false;
      const code = c.charCodeAt(0);
      if (code < 0x20) out += code === 10 ? '\\n' : code === 13 ? '\\r' : code === 9 ? '\\t' : `\\u${code.toString(16).padStart(4, '0')}`;
      else out += c;
      i++;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      i++;
      continue;
    }
    if (c === ':') {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      if (j >= n || text[j] === ',' || text[j] === '}' || text[j] === ']') {
        out += ': null';
        i++;
        continue;
      }
    }
    if (c === ',') {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      if (text[j] === '}' || text[j] === ']') {
        i++;
        continue;
      }
    }
    if ((c >= '0' && c <= '9') || c === '-') {
      let j = i + 1;
      while (j < n && text[j] >= '0' && text[j] <= '9') j++;
      const num = text.slice(i, j);
      const nextCh = text[j];
      const isInt = nextCh !== '.' && nextCh !== 'e' && nextCh !== 'E';
      if (isInt && num.replace('-', '').length >= 16) out += `"${num}"`;
      else out += num;
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Parse JSON as Datadog sends it: as-is first, then repaired. Returns undefined if hopeless.
 * A body that parses as-is but holds an integer of 16+ digits (a bare `$ID`, whose value a
 * double may not keep exactly) is parsed again repaired, so the digits arrive as a string:
 * looking for such numbers in the parsed value costs far less than searching the text.
 */
export function parseDatadogJson(text: string): { value: unknown; repaired: boolean } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (!hasLongInteger(value)) return { value, repaired: false };
  } catch {
    /* fall through */
  }
  try {
    return { value: JSON.parse(repairJson(text)), repaired: true };
  } catch {
    return undefined;
  }
}

/** True when a parsed JSON value holds an integer of 16 or more digits (at any depth; no recursion). */
function hasLongInteger(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'number') {
      if (Number.isInteger(v) && Math.abs(v) >= 1e15) return true;
    } else if (typeof v === 'object' && v !== null) {
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') stack.push(v[i]);
      } else {
        for (const k in v) {
          const x = (v as Record<string, unknown>)[k];
          if (typeof x !== 'string') stack.push(x);
        }
      }
    }
  }
  return false;
}
