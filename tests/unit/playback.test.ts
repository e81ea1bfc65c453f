/**
 * Playback state (src/lib/state/playback.svelte.ts) with a stand-in for the player's media
 * element: Node has no <audio>, so the element is an object with the parts Playback uses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sentence } from '../../src/lib/graph/schema';
import { Playback } from '../../src/lib/state/playback.svelte';

const sentence = (id: string, start: number, end: number) =>
	({
		id,
		turn: 't1',
		speaker: null,
		text: id,
		start: 0,
		end: 0,
		line: 1,
		time: { start, end }
	}) as Sentence;
const SENTENCES = [sentence('a', 0, 4), sentence('b', 4, 6), sentence('c', 7, 9)];

/** A media element that has loaded its metadata (or not), whose play() resolves or rejects. */
function element(loaded: boolean, play: () => Promise<void> = () => Promise.resolve()) {
	const listeners: Record<string, () => void> = {};
	return {
		readyState: loaded ? 1 : 0,
		currentTime: 0,
		play: vi.fn(play),
		addEventListener: vi.fn((name: string, listener: () => void) => (listeners[name] = listener)),
		fire: (name: string) => listeners[name]?.()
	};
}
type FakeElement = ReturnType<typeof element>;
const attach = (playback: Playback, el: FakeElement) =>
	playback.attach(el as unknown as HTMLMediaElement);

beforeEach(() => {
	// Node has no HTMLMediaElement; Playback reads its readyState constant.
	vi.stubGlobal('HTMLMediaElement', { HAVE_METADATA: 1 });
});
afterEach(() => vi.unstubAllGlobals());

describe('Playback', () => {
	it('starts on the document’s recording, not yet started, speaking nothing', () => {
		const playback = new Playback(SENTENCES, 'https://example.org/talk.mp3');
		expect([playback.src, playback.name, playback.local, playback.started, playback.time]).toEqual([
			'https://example.org/talk.mp3',
			'https://example.org/talk.mp3',
			false,
			false,
			0
		]);
		expect(playback.speaking).toBeNull();
		const none = new Playback(SENTENCES, null);
		expect([none.src, none.name]).toEqual([null, null]);
	});

	it('follows the player: the sentence spoken once started, none in a pause', () => {
		const playback = new Playback(SENTENCES, 'talk.mp3');
		playback.update(5, false);
		expect(playback.started).toBe(false);
		expect(playback.speaking).toBeNull();
		playback.update(5, true);
		expect([playback.time, playback.started, playback.speaking?.id]).toEqual([5, true, 'b']);
		playback.update(6.5, false);
		expect(playback.started).toBe(true);
		expect(playback.speaking).toBeNull();
	});

	it('seeks at once when the recording is loaded, and plays', async () => {
		const playback = new Playback(SENTENCES, 'talk.mp3');
		const el = element(true);
		attach(playback, el);
		playback.playFrom(7.5);
		expect(el.currentTime).toBe(7.5);
		expect(el.addEventListener).not.toHaveBeenCalled();
		expect(el.play).toHaveBeenCalledTimes(1);
		expect([playback.time, playback.started, playback.speaking?.id]).toEqual([7.5, true, 'c']);
		await Promise.resolve();
		expect(playback.error).toBeNull();
	});

	it('seeks once the length is known when the recording is not loaded yet', () => {
		const playback = new Playback(SENTENCES, 'talk.mp3');
		const el = element(false);
		attach(playback, el);
		playback.playFrom(4.5);
		expect(el.currentTime).toBe(0);
		expect(el.addEventListener).toHaveBeenCalledWith('loadedmetadata', expect.any(Function), {
			once: true
		});
		el.fire('loadedmetadata');
		expect(el.currentTime).toBe(4.5);
	});

	it('does nothing without a player or a recording', () => {
		const playback = new Playback(SENTENCES, null);
		const el = element(true);
		attach(playback, el);
		playback.playFrom(3);
		expect(el.play).not.toHaveBeenCalled();
		expect([playback.time, playback.started]).toEqual([0, false]);
		const detached = new Playback(SENTENCES, 'talk.mp3');
		detached.attach(null);
		detached.playFrom(3);
		expect(detached.started).toBe(false);
	});

	it('says why a recording cannot be played, but not when playback was only interrupted', async () => {
		const playback = new Playback(SENTENCES, 'talk.mp3');
		attach(
			playback,
			element(true, () =>
				Promise.reject(Object.assign(new Error('stopped'), { name: 'AbortError' }))
			)
		);
		playback.playFrom(1);
		await vi.waitFor(() => expect(playback.started).toBe(true));
		await new Promise((resolve) => setImmediate(resolve));
		expect(playback.error).toBeNull();
		attach(
			playback,
			element(true, () => Promise.reject(new Error('no such file')))
		);
		playback.playFrom(1);
		await vi.waitFor(() =>
			expect(playback.error).toBe('The recording cannot be played: no such file')
		);
		playback.fail('The recording is too large.');
		expect(playback.error).toBe('The recording is too large.');
	});

	it('plays a picked file instead, from the start, and lets its address go', () => {
		const created: string[] = [];
		const revoked: string[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
			created.push(`blob:${created.length + 1}`);
			return created.at(-1)!;
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
		const playback = new Playback(SENTENCES, 'talk.mp3');
		playback.update(5, true);
		playback.fail('cannot');
		playback.pick(new File(['x'], 'mine.mp3'));
		expect([playback.src, playback.name, playback.local, playback.error]).toEqual([
			'blob:1',
			'mine.mp3',
			true,
			null
		]);
		expect([playback.started, playback.time]).toEqual([false, 0]);
		expect(revoked).toEqual([]);
		playback.pick(new File(['y'], 'other.mp3'));
		expect(revoked).toEqual(['blob:1']);
		playback.destroy();
		expect(revoked).toEqual(['blob:1', 'blob:2']);
		vi.restoreAllMocks();
	});

	it('lets nothing go when no file was picked', () => {
		const revoke = vi.spyOn(URL, 'revokeObjectURL');
		new Playback(SENTENCES, 'talk.mp3').destroy();
		expect(revoke).not.toHaveBeenCalled();
		vi.restoreAllMocks();
	});
});
