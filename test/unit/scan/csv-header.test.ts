import { describe, expect, it } from 'vitest';
import { bankColumn, bankColumnAt, splitRow } from '../../../src/scan/csv-header';

describe('CSV bank columns', () => {
  it.each([
    ['routing', 'routing'], ['routing_number', 'routing'], ['ABA', 'routing'], ['RoutingNumber', 'routing'], ['account', 'account'],
    ['bank_account_number', 'account'], ['acct_no', 'account'], ['AccountNumber', 'account'], ['account_id', null], ['account_type', null],
    ['accountHolder', null], ['routing_key', null], ['name', null], ['net_pay', null],
  ])('%s → %s', (name, kind) => expect(bankColumn(name)).toBe(kind));

  it('splits a row on its delimiter, keeping quoted delimiters inside a cell', () => {
    expect(splitRow('E1,"Doe, Jane",021000021', ',').cells).toEqual(['E1', '"Doe, Jane"', '021000021']);
    expect(splitRow('a;b;;c', ';')).toEqual({ cells: ['a', 'b', '', 'c'], starts: [0, 2, 4, 5] });
  });

  it('names the column of a cell from the nearest header above, when the row has as many cells', () => {
    const text = 'id,name,routing,account\nE1,"Doe, Jane",021000021,12345678\nnote: 021000021,12345678';
    const at = (v: string, from = 0) => {
      const s = text.indexOf(v, from);
      return bankColumnAt(text, s, s + v.length);
    };
    expect(at('021000021')).toBe('routing');
    expect(at('12345678')).toBe('account');
    expect(at('E1')).toBeNull();
    expect(at('021000021', text.indexOf('note'))).toBeNull(); // two cells, not four
  });

  it('finds no header in a line of data or prose', () => {
    const text = 'the account 12345678, routing 021000021, were closed\n1,2,3';
    expect(bankColumnAt(text, text.indexOf('2,3'), text.indexOf('2,3') + 1)).toBeNull();
  });
});
