"""Volto blocks for pages created from Python (Volto renders a page without
blocks as empty)."""

import uuid


def slate_paragraph(text: str) -> dict:
    return {
        "@type": "slate",
        "plaintext": text,
        "value": [{"type": "p", "children": [{"text": text}]}],
    }


def text_blocks(paragraphs) -> tuple[dict, dict]:
    """A title block, then one text block per paragraph: (blocks, blocks_layout)."""
    blocks = {str(uuid.uuid4()): {"@type": "title"}}
    blocks.update({str(uuid.uuid4()): slate_paragraph(text) for text in paragraphs})
    return blocks, {"items": list(blocks)}


def slate_block(element: dict, plaintext: str) -> dict:
    return {"@type": "slate", "plaintext": plaintext, "value": [element]}


def slate_heading(text: str, level: int = 2) -> dict:
    return slate_block({"type": f"h{level}", "children": [{"text": text}]}, text)


def slate_list(items, *, ordered: bool = False) -> dict:
    element = {
        "type": "ol" if ordered else "ul",
        "children": [{"type": "li", "children": [{"text": item}]} for item in items],
    }
    return slate_block(element, " ".join(items))


def slate_link(text: str, url: str) -> dict:
    """A paragraph that is one link (a path such as /fr/register)."""
    link = {"type": "link", "data": {"url": url}, "children": [{"text": text}]}
    return slate_block(
        {"type": "p", "children": [{"text": ""}, link, {"text": ""}]}, text
    )


# The kinds of entries page_blocks understands, each a one-key mapping.
BLOCK_BUILDERS = {
    "p": slate_paragraph,
    "h2": slate_heading,
    "ul": slate_list,
    "ol": lambda items: slate_list(items, ordered=True),
    "link": lambda link: slate_link(link["text"], link["url"]),
}


def page_blocks(entries) -> tuple[dict, dict]:
    """A title block, then one block per entry: (blocks, blocks_layout).

    An entry is `{"p": text}`, `{"h2": text}`, `{"ul": [texts]}`,
    `{"ol": [texts]}` or `{"link": {"text", "url"}}` (pages.yaml).
    """
    blocks = {str(uuid.uuid4()): {"@type": "title"}}
    for entry in entries:
        ((kind, value),) = entry.items()
        blocks[str(uuid.uuid4())] = BLOCK_BUILDERS[kind](value)
    return blocks, {"items": list(blocks)}
