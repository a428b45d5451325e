"""Reading a catalog index's own data, without a query or a brain."""

from BTrees.IIBTree import IITreeSet


def postings(index, value) -> IITreeSet:
    """The record ids an index holds for `value` (UnIndex keeps a lone id
    as a bare int; an unknown value has none)."""
    found = index._index.get(value)
    if found is None:
        return IITreeSet()
    return IITreeSet((found,)) if isinstance(found, int) else found
