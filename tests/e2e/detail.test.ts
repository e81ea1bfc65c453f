/**
 * The detail panel: what a reader sees when a node or an edge is selected. Subjects are chosen
 * from the compiled graph by what they hold (most claims, most relations…), not by id, and the
 * expectations are worked out from the graph file directly.
 */
import type { Locator, Page } from '@playwright/test';
import type { GraphEdge, NodeOfType, Sentence } from '../../src/lib/graph/schema';
import { RELATIONS } from '../../src/lib/graph/vocabulary';
import {
	clickNode,
	detailsOf,
	drawn,
	edgeById,
	expect,
	home,
	nodeById,
	nodesOfType,
	openGraph,
	selectInGraph,
	selectedInCy,
	test
} from './fixtures';

type Claim = NodeOfType<'claim'>;

// ---------------------------------------------------------------------------------------------
// What the graph file says, worked out without the app's code
// ---------------------------------------------------------------------------------------------

const label = (id: string) => nodeById(home, id).label;
const sentence = (id: string): Sentence => {
	const found = home.sentences.find((s) => s.id === id);
	if (!found) throw new Error(`no sentence ${id}`);
	return found;
};
const turnSentences = (turn: string) =>
	home.sentences.filter((s) => s.turn === turn).sort((a, b) => a.start - b.start);
const claims = nodesOfType(home, 'claim');
const firstQuoted = (claim: Claim) => Math.min(...claim.quotes.map((q) => q.start));
const inReadingOrder = (list: Claim[]) => [...list].sort((a, b) => firstQuoted(a) - firstQuoted(b));

/** The node a claim was made in: its answer (or the question it was asked in). */
/** The node a claim was made in, or '' for the article's framing (made in the narration). */
function madeIn(claim: Claim): string {
	const edge = home.edges.find((e) => e.source === claim.id && e.relation === 'made-in');
	const author = nodeById(home, claim.speaker);
	if (!edge && !(author.type === 'speaker' && author.role === 'author')) {
		throw new Error(`claim ${claim.id} has no made-in edge`);
	}
	return edge?.target ?? '';
}

function questionOf(claim: Claim): string {
	if (madeIn(claim) === '') return '';
	const node = nodeById(home, madeIn(claim));
	return node.type === 'answer' ? node.question : node.id;
}

const claimsMadeIn = (id: string) => inReadingOrder(claims.filter((c) => madeIn(c) === id));

/** The words of `s` that some quote in `quotes` covers, in order, run together. */
function quotedWords(s: Sentence, quotes: { start: number; end: number }[]): string {
	let words = '';
	for (let at = s.start; at < s.end; at++) {
		if (quotes.some((q) => q.start <= at && at < q.end)) words += s.text[at - s.start];
	}
	return words;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How the panel names a relation between claims, read from `claim`'s end. */
function relatedWords(edge: GraphEdge, claim: string): string {
	const out = edge.source === claim;
	switch (edge.relation) {
		case 'agrees-with':
			return 'Agrees with';
		case 'disagrees-with':
			return 'Disagrees with';
		case 'supports':
			return out ? 'Supports' : 'Supported by';
		case 'refines':
			return out ? 'Refines' : 'Refined by';
		default:
			throw new Error(`${edge.relation} does not relate claims`);
	}
}
const CLAIM_RELATIONS = ['agrees-with', 'disagrees-with', 'supports', 'refines'];
const claimEdges = (claim: string) =>
	home.edges.filter(
		(e) => CLAIM_RELATIONS.includes(e.relation) && (e.source === claim || e.target === claim)
	);

// ---------------------------------------------------------------------------------------------
// What the page shows
// ---------------------------------------------------------------------------------------------

const heading = (details: Locator) => details.getByRole('heading', { level: 2 });

/** Each sentence shown in `scope`, by id, with its text as a reader sees it (notes left out). */
function shownSentences(scope: Locator): Promise<[string, string][]> {
	return scope.locator('[data-sentence]').evaluateAll((elements) =>
		elements.map((element) => {
			const copy = element.cloneNode(true) as HTMLElement;
			for (const note of copy.querySelectorAll('sup')) note.remove();
			return [element.getAttribute('data-sentence')!, copy.textContent ?? ''];
		})
	);
}

/** The marked words of each sentence shown in `scope`, by sentence id. */
function markedWords(scope: Locator): Promise<Record<string, string>> {
	return scope
		.locator('[data-sentence]')
		.evaluateAll((elements) =>
			Object.fromEntries(
				elements.map((element) => [
					element.getAttribute('data-sentence')!,
					[...element.querySelectorAll('mark')].map((mark) => mark.textContent).join('')
				])
			)
		);
}

async function open(page: Page, id: string): Promise<Locator> {
	await selectInGraph(page, id);
	const details = detailsOf(page);
	const node = home.nodes.find((n) => n.id === id);
	await expect(heading(details)).toHaveText(
		node ? node.label : edgeById(home, id).relation.replaceAll('-', ' ')
	);
	return details;
}

// ---------------------------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------------------------

test('a speaker’s panel: role, organisation, questions answered, claims by question', async ({
	page
}) => {
	const guests = nodesOfType(home, 'speaker').filter((s) => s.role === 'guest');
	const count = (id: string) => claims.filter((c) => c.speaker === id).length;
	const speaker = guests.sort((a, b) => count(b.id) - count(a.id))[0]!;
	const details = await open(page, speaker.id);

	await expect(details.getByText('speaker', { exact: true })).toBeVisible();
	await expect(details.getByRole('definition').filter({ hasText: /^Guest\b/ })).toBeVisible();
	if (speaker.title) await expect(details).toContainText(speaker.title);
	if (speaker.organization) {
		await expect(
			details
				.getByRole('definition')
				.getByRole('link', { name: label(speaker.organization), exact: true })
		).toBeVisible();
	}

	const answered = nodesOfType(home, 'question')
		.filter((q) =>
			nodesOfType(home, 'answer').some((a) => a.question === q.id && a.speaker === speaker.id)
		)
		.sort((a, b) => a.number - b.number);
	expect(answered.length).toBeGreaterThan(0);
	await expect(
		details.getByRole('list', { name: 'Questions answered' }).getByRole('listitem')
	).toHaveText(answered.map((q) => new RegExp(`^\\s*Q${q.number}\\s+${escape(q.label)}\\s*$`)));

	const mine = claims.filter((c) => c.speaker === speaker.id);
	const groups = answered.map((q) => ({
		question: q,
		claims: inReadingOrder(mine.filter((c) => questionOf(c) === q.id))
	}));
	await expect(details.getByRole('heading', { level: 4 })).toHaveText(
		groups.filter((g) => g.claims.length > 0).map((g) => g.question.label)
	);
	for (const group of groups.filter((g) => g.claims.length > 0)) {
		await expect(
			details.getByRole('list', { name: group.question.label, exact: true }).getByRole('link')
		).toHaveText(group.claims.map((c) => c.label));
	}

	await expect(details.getByRole('heading', { level: 3 })).toHaveText([
		'Introduced',
		'Questions answered',
		// Xiang Lipeng's seven: six of Wang Qing's claims against his, and his against the
		// commentators' view that the host relays.
		'Disagrees with someone (7)',
		'Claims, by question',
		'Answers'
	]);
});

test('a question’s panel: its full text and how each guest’s answer opens', async ({ page }) => {
	const answersTo = (q: string) =>
		nodesOfType(home, 'answer')
			.filter((a) => a.question === q)
			.sort((a, b) => sentence(a.citations[0]!).start - sentence(b.citations[0]!).start);
	const question = nodesOfType(home, 'question').find((q) => answersTo(q.id).length > 1)!;
	const details = await open(page, question.id);

	await expect(
		details
			.getByRole('definition')
			.getByRole('link', { name: label(question.speaker), exact: true })
	).toBeVisible();
	const text = details.getByRole('blockquote').first();
	expect((await shownSentences(text)).map(([id]) => id)).toEqual(
		turnSentences(question.turn).map((s) => s.id)
	);
	await expect(text).toContainText(sentence(question.citations[0]!).text);

	for (const answer of answersTo(question.id)) {
		const shown = details.getByRole('article', { name: answer.label });
		const sentences = turnSentences(answer.turn);
		const opening = sentences.filter((s) => s.line === sentences[0]!.line);
		expect((await shownSentences(shown)).map(([id]) => id)).toEqual(opening.map((s) => s.id));
		if (opening.length < sentences.length) {
			await expect(shown).toContainText(/\[… \d+ paragraphs? …\]/);
		}
		await expect(shown.getByRole('figure')).toContainText(label(answer.speaker));
	}
});

test('an answer’s panel: its full text, the words claims quote marked and numbered', async ({
	page
}) => {
	const answers = nodesOfType(home, 'answer');
	const answer = answers.sort((a, b) => claimsMadeIn(b.id).length - claimsMadeIn(a.id).length)[0]!;
	const made = claimsMadeIn(answer.id);
	const details = await open(page, answer.id);

	const text = details.getByRole('blockquote');
	const sentences = turnSentences(answer.turn);
	expect(await shownSentences(text)).toEqual(sentences.map((s) => [s.id, s.text]));

	const quotes = made.flatMap((c) => c.quotes);
	const expected = Object.fromEntries(sentences.map((s) => [s.id, quotedWords(s, quotes)]));
	expect(await markedWords(text)).toEqual(expected);
	const uncited = home.uncited.map((u) => u.sentence).filter((id) => id in expected);
	for (const id of uncited) expect(expected[id]).toBe('');

	await expect(
		details.getByRole('list', { name: 'Claims made in this answer' }).getByRole('listitem')
	).toHaveText(made.map((c) => new RegExp(`^\\s*${escape(c.label)}`)));

	// The number after a quote is its claim's: it selects the claim.
	const second = made[1] ?? made[0]!;
	const number = made.indexOf(second) + 1;
	await text
		.getByRole('link', { name: `Claim ${number}: ${second.label}`, exact: true })
		.first()
		.click();
	await expect(heading(details)).toHaveText(second.label);
	expect(await selectedInCy(page)).toBe(second.id);
});

test('a claim’s panel: statement, speaker, the quote marked inside its answer, related claims', async ({
	page
}) => {
	// The claim related to others in the most ways, each of its quotes a single sentence.
	const ways = (c: Claim) => new Set(claimEdges(c.id).map((e) => relatedWords(e, c.id))).size;
	const claim = claims
		.filter((c) => c.quotes.every((q) => q.sentences.length === 1))
		.sort((a, b) => ways(b) - ways(a))[0]!;
	expect(ways(claim)).toBeGreaterThan(1);
	const details = await open(page, claim.id);

	await expect(details.getByText('claim', { exact: true })).toBeVisible();
	await expect(details.getByText(claim.statement, { exact: true })).toBeVisible();
	for (const id of [claim.speaker, madeIn(claim)]) {
		await expect(
			details.getByRole('definition').getByRole('link', { name: label(id), exact: true })
		).toBeVisible();
	}

	// Each quote, marked, inside the paragraph of the answer it comes from.
	const quoted = details.getByRole('region', { name: /^Quoted/ });
	const quotedIds = claim.quotes.flatMap((q) => q.sentences);
	const marked = await markedWords(quoted);
	for (const quote of claim.quotes) expect(marked[quote.sentences[0]!]).toBe(quote.text);
	for (const id of quotedIds) {
		const s = sentence(id);
		const paragraph = turnSentences(s.turn).filter((other) => other.line === s.line);
		const shown = new Map(await shownSentences(quoted));
		for (const other of paragraph) expect(shown.get(other.id)).toBe(other.text);
		const figure = quoted
			.getByRole('figure')
			.filter({ has: page.locator(`[data-sentence="${id}"]`) });
		await expect(figure).toContainText(new RegExp(`line[^·]*\\b${s.line}\\b`));
		await expect(
			figure.getByRole('link', { name: label(claim.speaker), exact: true })
		).toBeVisible();
	}

	// Related claims, under the words that say how.
	const related = new Map<string, string[]>();
	for (const edge of claimEdges(claim.id)) {
		const words = relatedWords(edge, claim.id);
		const other = edge.source === claim.id ? edge.target : edge.source;
		related.set(words, [...(related.get(words) ?? []), other]);
	}
	for (const [words, others] of related) {
		const list = details.getByRole('list', { name: words, exact: true });
		await expect(list.getByRole('listitem')).toHaveCount(others.length);
		for (const other of others) {
			await expect(list.getByRole('link', { name: label(other), exact: true })).toBeVisible();
		}
	}

	// Each related claim's citation opens the edge that relates them.
	const [words, [other]] = [...related][0]!;
	const edge = claimEdges(claim.id).find(
		(e) => relatedWords(e, claim.id) === words && (e.source === other || e.target === other)
	)!;
	await details
		.getByRole('list', { name: words, exact: true })
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: label(other!), exact: true }) })
		.getByRole('link', { name: /^Citation/ })
		.click();
	await expect(heading(details)).toHaveText(edge.relation.replaceAll('-', ' '));
	expect(await selectedInCy(page)).toBe(edge.id);
});

for (const type of ['sector', 'scenario', 'concept'] as const) {
	test(`a ${type}’s panel: every claim about it, grouped by speaker, each with its quote`, async ({
		page
	}) => {
		const about = (topic: string) =>
			claims.filter((c) =>
				home.edges.some((e) => e.relation === 'about' && e.source === c.id && e.target === topic)
			);
		const speakersOf = (topic: string) => new Set(about(topic).map((c) => c.speaker)).size;
		const topic = nodesOfType(home, type).sort(
			(a, b) => speakersOf(b.id) - speakersOf(a.id) || about(b.id).length - about(a.id).length
		)[0];
		test.skip(!topic || about(topic.id).length === 0, `no claim is about any ${type}`);
		// One check per claim about the busiest topic (over forty for a sector): give it room.
		test.slow();
		const details = await open(page, topic!.id);
		await expect(details.getByText(type, { exact: true })).toBeVisible();

		// Each speaker's own claims, speakers in graph order; then the views relayed, by who relays them.
		const groups = [false, true].flatMap((relayed) =>
			nodesOfType(home, 'speaker')
				.map((s) => ({
					speaker: s,
					relayed,
					claims: about(topic!.id).filter(
						(c) => c.speaker === s.id && (c.relayed !== null) === relayed
					)
				}))
				.filter((g) => g.claims.length > 0)
		);
		await expect(details.getByRole('heading', { level: 4 })).toHaveText(
			groups.map(({ speaker: s, relayed, claims: theirs }) => {
				const n = theirs.length;
				const noun = relayed ? 'view' : 'claim';
				return new RegExp(
					`^\\s*${relayed ? 'Relayed by\\s+' : ''}${escape(s.label)}\\s+· ${n} ${noun}${n === 1 ? '' : 's'}\\s*$`
				);
			})
		);
		for (const { speaker, relayed, claims: group } of groups) {
			const theirs = inReadingOrder(group);
			const items = details
				.getByRole('list', {
					name: `${relayed ? 'Views relayed by' : 'Claims by'} ${speaker.label}`,
					exact: true
				})
				.getByRole('listitem');
			await expect(items).toHaveCount(theirs.length);
			for (const [i, claim] of theirs.entries()) {
				const item = items.nth(i);
				await expect(item.getByRole('link', { name: claim.label, exact: true })).toBeVisible();
				const marked = await markedWords(item);
				// A sentence may hold two quotes of the claim: compare sentence by sentence.
				for (const id of new Set(claim.quotes.flatMap((q) => q.sentences))) {
					expect(marked[id]).toBe(quotedWords(sentence(id), claim.quotes));
				}
				// The article's framing quotes the narration, which the passage names as such.
				await expect(item.getByRole('figure').first()).toContainText(
					speaker.role === 'author' ? 'Narration' : speaker.label
				);
			}
		}
	});
}

test('an organisation’s panel: who works there and where the interview names it', async ({
	page
}) => {
	const organisation = nodesOfType(home, 'organization')[0]!;
	const people = nodesOfType(home, 'speaker').filter((s) => s.organization === organisation.id);
	const details = await open(page, organisation.id);

	for (const person of people) {
		await expect(
			details.getByRole('definition').getByRole('link', { name: person.label, exact: true })
		).toBeVisible();
	}
	const shown = new Map(await shownSentences(details));
	for (const id of organisation.citations) expect(shown.get(id)).toBe(sentence(id).text);
});

// ---------------------------------------------------------------------------------------------
// Edges
// ---------------------------------------------------------------------------------------------

test('an edge’s panel: its relation, its two ends, its cited sentences in their paragraph', async ({
	page
}) => {
	// An argument between claims, cited in a paragraph with other sentences around it.
	const edge = home.edges.find(
		(e) =>
			e.relation === 'disagrees-with' &&
			e.citations.some((id) => {
				const s = sentence(id);
				return turnSentences(s.turn).filter((o) => o.line === s.line).length > 1;
			})
	)!;
	expect(edge).toBeDefined();
	const details = await open(page, edge.id);

	await expect(details).toContainText(RELATIONS[edge.relation]);
	const ends = details.getByRole('definition');
	await expect(ends.nth(0).getByRole('link')).toHaveText(label(edge.source));
	await expect(ends.nth(1).getByRole('link')).toHaveText(label(edge.target));

	const marked = await markedWords(details);
	const shown = new Map(await shownSentences(details));
	for (const id of edge.citations) {
		const s = sentence(id);
		expect(marked[id]).toBe(s.text);
		for (const other of turnSentences(s.turn).filter((o) => o.line === s.line)) {
			expect(shown.get(other.id)).toBe(other.text);
			if (!edge.citations.includes(other.id)) expect(marked[other.id]).toBe('');
		}
		const figure = details
			.getByRole('figure')
			.filter({ has: page.locator(`[data-sentence="${id}"]`) });
		await expect(figure).toContainText(`line ${s.line}`);
		if (s.speaker) await expect(figure).toContainText(label(s.speaker));
	}
});

// ---------------------------------------------------------------------------------------------
// Moving around
// ---------------------------------------------------------------------------------------------

test('every node name in the panel selects that node, by mouse or keyboard', async ({ page }) => {
	const claim = claims.find((c) => {
		const speaker = nodeById(home, c.speaker);
		return speaker.type === 'speaker' && speaker.organization !== null;
	})!;
	const speaker = nodeById(home, claim.speaker) as NodeOfType<'speaker'>;
	const details = await open(page, claim.id);

	// A real link, to the page with the node selected; a plain click selects it in place.
	const link = details
		.getByRole('definition')
		.getByRole('link', { name: speaker.label, exact: true });
	await expect(link).toHaveAttribute('href', `?select=${speaker.id}`);
	await page.evaluate(() => Object.assign(window, { stillHere: true }));
	await link.click();
	await expect(heading(details)).toHaveText(speaker.label);
	expect(await page.evaluate(() => 'stillHere' in window), 'the page was not reloaded').toBe(true);
	expect(await selectedInCy(page)).toBe(speaker.id);
	// The link that was clicked is gone: focus goes to the new heading, not to the page.
	await expect(heading(details)).toBeFocused();

	const organisation = details
		.getByRole('definition')
		.getByRole('link', { name: label(speaker.organization!), exact: true });
	await organisation.focus();
	await page.keyboard.press('Enter');
	await expect(heading(details)).toHaveText(label(speaker.organization!));
	await expect(heading(details)).toBeFocused();
	expect(await selectedInCy(page)).toBe(speaker.organization);
});

test('selecting from far down the panel brings the new heading into view', async ({ page }) => {
	const speaker = nodesOfType(home, 'speaker')
		.filter((s) => s.role === 'guest')
		.sort(
			(a, b) =>
				claims.filter((c) => c.speaker === b.id).length -
				claims.filter((c) => c.speaker === a.id).length
		)[0]!;
	const details = await open(page, speaker.id);
	const last = details.getByRole('list', { name: 'Answers' }).getByRole('link').last();
	await last.scrollIntoViewIfNeeded();
	await expect(heading(details)).not.toBeInViewport();
	const target = (await last.textContent())!;
	await last.click();
	await expect(heading(details)).toHaveText(target);
	await expect(heading(details)).toBeInViewport();
});

test('expanding a speaker from the panel shows the full text of their answers; collapsing hides it', async ({
	page
}) => {
	const speaker = nodesOfType(home, 'speaker').find((s) =>
		nodesOfType(home, 'answer').some((a) => a.speaker === s.id)
	)!;
	const theirs = nodesOfType(home, 'answer').filter((a) => a.speaker === speaker.id);
	const details = await open(page, speaker.id);
	const count = theirs.length === 1 ? 'answer' : `${theirs.length} answers`;

	const expand = details.getByRole('button', { name: `Expand ${count}` });
	await expect(expand).toHaveAttribute('aria-expanded', 'false');
	// Answers start collapsed: the graph does not draw them.
	const answerIds = theirs.map((a) => a.id);
	expect((await drawn(page)).nodes.filter((id) => answerIds.includes(id))).toEqual([]);
	const answers = details.getByRole('region', { name: 'Answers' });
	await expect(expand).toHaveAttribute('aria-controls', (await answers.getAttribute('id'))!);
	await expect(answers.getByRole('article')).toHaveCount(0);

	await expand.focus();
	await page.keyboard.press('Enter');
	const collapse = details.getByRole('button', { name: `Collapse ${count}` });
	await expect(collapse).toHaveAttribute('aria-expanded', 'true');
	await expect(collapse).toBeFocused();
	// Expanding from the panel brings the answers into the graph.
	await expect
		.poll(async () => (await drawn(page)).nodes)
		.toEqual(expect.arrayContaining(answerIds));
	for (const answer of theirs) {
		const article = answers.getByRole('article', { name: answer.label });
		expect(await shownSentences(article)).toEqual(
			turnSentences(answer.turn).map((s) => [s.id, s.text])
		);
	}

	// The explorer remembers it: selecting something else and coming back keeps it open.
	await selectInGraph(page, speaker.organization ?? theirs[0]!.question);
	await selectInGraph(page, speaker.id);
	await expect(collapse).toHaveAttribute('aria-expanded', 'true');

	await collapse.click();
	await expect(expand).toHaveAttribute('aria-expanded', 'false');
	await expect(answers.getByRole('article')).toHaveCount(0);
	await expect
		.poll(async () => (await drawn(page)).nodes.filter((id) => answerIds.includes(id)))
		.toEqual([]);
	await expect(answers.getByRole('list', { name: 'Answers' }).getByRole('link')).toHaveText(
		theirs.map((a) => a.label)
	);
});

test('expanding a question or a claim shows its answers in full; collapsing shortens them', async ({
	page
}) => {
	const question = nodesOfType(home, 'question').find((q) =>
		nodesOfType(home, 'answer').some((a) => a.question === q.id)
	)!;
	const answers = nodesOfType(home, 'answer').filter((a) => a.question === question.id);
	const details = await open(page, question.id);
	const shownOf = (answer: NodeOfType<'answer'>) =>
		shownSentences(details.getByRole('article', { name: answer.label }));
	const opening = (answer: NodeOfType<'answer'>) => {
		const sentences = turnSentences(answer.turn);
		return sentences.filter((s) => s.line === sentences[0]!.line).map((s) => [s.id, s.text]);
	};
	const whole = (answer: NodeOfType<'answer'>) =>
		turnSentences(answer.turn).map((s) => [s.id, s.text]);

	for (const answer of answers) expect(await shownOf(answer)).toEqual(opening(answer));
	await details.getByRole('button', { name: /^Expand/ }).click();
	await expect(details.getByRole('button', { name: /^Collapse/ })).toBeVisible();
	for (const answer of answers) expect(await shownOf(answer)).toEqual(whole(answer));
	await details.getByRole('button', { name: /^Collapse/ }).click();
	await expect(details.getByRole('button', { name: /^Expand/ })).toBeVisible();
	for (const answer of answers) expect(await shownOf(answer)).toEqual(opening(answer));

	// A claim: its paragraph alone, then the whole answer with the quote still marked.
	const claim = claims.find((c) => {
		if (madeIn(c) === '') return false;
		const made = nodeById(home, madeIn(c));
		return (
			made.type === 'answer' &&
			c.quotes.every((q) => q.sentences.length === 1) &&
			new Set(turnSentences(made.turn).map((s) => s.line)).size > 2
		);
	})!;
	const answer = nodeById(home, madeIn(claim)) as NodeOfType<'answer'>;
	await selectInGraph(page, claim.id);
	await expect(heading(details)).toHaveText(claim.label);
	const quoted = details.getByRole('region', { name: /^Quoted/ });
	const lines = (await shownSentences(quoted)).map(([id]) => sentence(id).line);
	expect(new Set(lines).size).toBeLessThan(
		new Set(turnSentences(answer.turn).map((s) => s.line)).size
	);
	await expect(quoted).toContainText(/\[… \d+ paragraphs? …\]/);

	await details.getByRole('button', { name: 'Expand answer' }).click();
	await expect(details.getByRole('button', { name: 'Collapse answer' })).toBeVisible();
	expect((await shownSentences(quoted)).map(([id]) => id)).toEqual(
		turnSentences(answer.turn).map((s) => s.id)
	);
	const marked = await markedWords(quoted);
	for (const quote of claim.quotes) expect(marked[quote.sentences[0]!]).toBe(quote.text);
	await expect(quoted.locator('mark').first()).toBeInViewport();

	await details.getByRole('button', { name: 'Collapse answer' }).click();
	await expect(quoted).toContainText(/\[… \d+ paragraphs? …\]/);
});

test('on a wide monitor the details panel stands beside the graph and, with nothing selected, says what to do', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openGraph(page);
	const details = detailsOf(page);
	await expect(details).toContainText('Select a node or an edge');
	await expect(details.getByRole('heading')).toHaveCount(0);
	await expect(details.getByRole('button', { name: 'Clear selection' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
});

test('on a laptop a node clicked where the details panel will stand is brought inside a view the reader moved', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const canvas = await openGraph(page);
	const box = (await canvas.boundingBox())!;
	const at = () =>
		page.evaluate(() => {
			const { x, y } = window.cy!.$id('wang-qing').renderedPosition();
			return { x, y, width: window.cy!.width() };
		});
	// Drag the view so that Wang Qing is 80 px from the canvas's right edge.
	const start = await at();
	const from = { x: box.x + 40, y: box.y + box.height / 2 };
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(from.x + (start.width - 80 - start.x), from.y, { steps: 8 });
	await page.mouse.up();
	const moved = await at();
	expect(moved.x).toBeGreaterThan(1040 - 368 + 100);

	await page.mouse.click(box.x + moved.x, box.y + moved.y);
	await expect(detailsOf(page).getByRole('heading', { name: 'Wang Qing' })).toBeVisible();
	await expect
		.poll(async () => {
			const now = await at();
			return now.width === 1040 - 368 && now.x > 0 && now.x < now.width;
		})
		.toBe(true);
});

test('on a laptop the details panel opens with a selection and closes with it, and the clicked node stays on the canvas', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const canvas = await openGraph(page);
	const details = detailsOf(page);
	const toggle = page.getByRole('button', { name: 'Details', exact: true });
	const width = async () => (await canvas.boundingBox())!.width;
	// Nothing to show: the graph has the panel's width too (the legend, 15rem, beside it).
	await expect(details).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	expect(await width()).toBe(1280 - 240);

	const clicked = await clickNode(page, ['speaker'], ['wang-qing']);
	await expect(details.getByRole('heading', { name: 'Wang Qing' })).toBeVisible();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect.poll(width).toBe(1280 - 240 - 368);
	// The graph is framed again in the narrower canvas: the clicked node is still inside it.
	await expect
		.poll(() =>
			page.evaluate((id) => {
				const { x, y } = window.cy!.$id(id).renderedPosition();
				return x > 0 && x < window.cy!.width() && y > 0 && y < window.cy!.height();
			}, clicked.id)
		)
		.toBe(true);

	// The reader's own switch holds while the selection changes...
	await toggle.click();
	await expect(details).toBeHidden();
	await clickNode(page, ['speaker'], ['xiang-lipeng']);
	await expect(page).toHaveURL(/select=xiang-lipeng/);
	await expect(details).toBeHidden();
	// ...and clearing the selection, then choosing again, opens the panel once more.
	await canvas.press('Escape');
	await expect(page).not.toHaveURL(/select=/);
	await expect.poll(width).toBe(1280 - 240);
	await clickNode(page, ['speaker'], ['wang-qing']);
	await expect(details.getByRole('heading', { name: 'Wang Qing' })).toBeVisible();
	await canvas.press('Escape');
	await expect(details).toBeHidden();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');

	// Asked for with nothing selected, it opens and says what to do.
	await toggle.click();
	await expect(details).toContainText('Select a node or an edge');
});
