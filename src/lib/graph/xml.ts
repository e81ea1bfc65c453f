/** Writing text into XML safely, for the XML exports (GEXF, REFI-QDA). */

/**
 * Drops the characters XML 1.0 cannot hold even escaped (C0 controls but tab and line breaks,
 * lone surrogates, U+FFFE/U+FFFF). The compiler refuses control characters already; this keeps
 * the file well-formed for any graph file.
 */
export function xmlText(text: string): string {
	return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escapes text for an XML attribute value or element content (all five predefined entities). */
export function escapeXml(text: string): string {
	return xmlText(text)
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;')
		.replaceAll('\t', '&#9;')
		.replaceAll('\n', '&#10;')
		.replaceAll('\r', '&#13;');
}
