/**
 * The one door for HTML from the client: every section text the coordinator
 * saves passes through here, and comes out with exactly the tags of
 * SECTION_TAGS (src/core/consolidation/html.ts) and no attributes — no links,
 * no styles, no images, no event handlers. Equivalent tags are renamed (b →
 * strong, h1/h2 → h3…) rather than lost; the contents of script, style and
 * similar elements are dropped; other unknown tags keep their text.
 */
import sanitizeHtml from 'sanitize-html';
import { SECTION_TAGS } from '../../../core/consolidation/index.ts';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...SECTION_TAGS],
  allowedAttributes: {},
  allowedSchemes: [],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'head', 'iframe', 'object', 'svg', 'math'],
  transformTags: { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4', div: 'p', section: 'p', article: 'p' },
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
};

export function sanitizeSectionHtml(html: string): string {
  return sanitizeHtml(html.normalize('NFC'), OPTIONS).trim();
}
