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
