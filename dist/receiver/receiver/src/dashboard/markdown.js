import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
/**
 * Markdown to HTML for the dashboard. Raw HTML in the Markdown is dropped (a repository's README
 * cannot inject script), and ```mermaid blocks become <pre class="mermaid"> for the client-side
 * Mermaid (served by the receiver itself) to draw.
 */
export function renderMarkdown(markdown) {
    const mdast = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    const hast = toHast(mdast, {
        allowDangerousHtml: false,
        handlers: {
            code(state, node) {
                if (node.lang === 'mermaid') {
                    const element = {
                        type: 'element',
                        tagName: 'pre',
                        properties: { className: ['mermaid'] },
                        children: [{ type: 'text', value: node.value }],
                    };
                    return element;
                }
                const code = {
                    type: 'element',
                    tagName: 'code',
                    properties: node.lang ? { className: [`language-${node.lang}`] } : {},
                    children: [{ type: 'text', value: `${node.value}\n` }],
                };
                return { type: 'element', tagName: 'pre', properties: {}, children: [code] };
            },
        },
    });
    return toHtml(hast);
}
