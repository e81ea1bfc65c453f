import { describe, expect, it } from 'vitest';
import { plural } from '../../src/lib/graph/plural';

describe('plural', () => {
	it('puts the noun in the singular for one and adds an "s" otherwise', () => {
		expect(plural(1, 'claim')).toBe('1 claim');
		expect(plural(0, 'claim')).toBe('0 claims');
		expect(plural(2, 'speaker line')).toBe('2 speaker lines');
	});

	it('takes a plural that is not the noun and an "s"', () => {
		expect(plural(1, 'person', 'people')).toBe('1 person');
		expect(plural(3, 'person', 'people')).toBe('3 people');
	});
});
