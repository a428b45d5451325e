"""docs/openapi/tremplin.yaml cannot drift from the services the ZCML registers.

Plain pytest, no Plone layer: the document is read as YAML and the ZCML
files of the package are parsed with the standard library.
"""

from pathlib import Path

import jsonschema
import openapi_spec_validator
import referencing
import referencing.jsonschema
import copy
import pytest
import re
import xml.etree.ElementTree as ET
import yaml


BACKEND = Path(__file__).resolve().parents[2]
PACKAGE = BACKEND / "src" / "oif" / "tremplin"
DOCUMENT = BACKEND.parent / "docs" / "openapi" / "tremplin.yaml"
PLONE_SERVICE = "{http://namespaces.plone.org/plone}service"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SITE_ROOTS = {
    "plone.base.interfaces.IPloneSiteRoot",
    "plone.base.interfaces.siteroot.IPloneSiteRoot",
    "Products.CMFCore.interfaces.ISiteRoot",
}
ANY_CONTEXT = "zope.interface.Interface"


@pytest.fixture(scope="module")
def document() -> dict:
    return yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def registrations() -> list[dict]:
    """Every ``plone:service`` of the package: name, method, permission, for."""
    found = []
    for path in sorted(PACKAGE.rglob("*.zcml")):
        # The package's own files, not untrusted input.
        tree = ET.parse(path)  # noqa: S314
        for element in tree.getroot().iter(PLONE_SERVICE):
            found.append({
                "name": element.get("name"),
                "method": element.get("method").lower(),
                "permission": element.get("permission"),
                "for": element.get("for"),
                "layer": element.get("layer"),
                "file": str(path.relative_to(PACKAGE)),
            })
    return found


def operations(document: dict):
    """(path, method, operation) of every operation in the document."""
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def references(node):
    """Every ``$ref`` value anywhere below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def resolve(document: dict, ref: str):
    """The node a local JSON pointer names; KeyError/IndexError if none."""
    node = document
    for token in ref.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_document_is_openapi_3_1(document):
    assert re.fullmatch(r"3\.1\.\d+", document["openapi"])
    assert document["info"]["title"]
    assert document["info"]["version"]
    assert any(
        server["url"] == "http://127.0.0.1:8080/Plone/++api++"
        for server in document["servers"]
    )
    assert document["paths"]


def test_every_ref_resolves_inside_the_document(document):
    refs = set(references(document))
    assert refs
    for ref in refs:
        assert ref.startswith("#/"), f"{ref} points outside the document"
        try:
            resolve(document, ref)
        except (KeyError, IndexError, ValueError):
            pytest.fail(f"{ref} does not resolve")


def test_every_component_is_used(document):
    used = set(references(document))
    for kind, components in document["components"].items():
        if kind == "securitySchemes":
            continue
        for name in components:
            assert f"#/components/{kind}/{name}" in used, f"{kind}/{name} unused"


def test_every_registered_service_is_documented(document, registrations):
    assert len(registrations) > 20  # the parser found the services
    for service in registrations:
        matches = [
            operation
            for path, method, operation in operations(document)
            if method == service["method"] and service["name"] in segments(path)
        ]
        assert matches, f"{service['method'].upper()} {service['name']} undocumented"
        for operation in matches:
            if "x-stock" in operation:
                continue
            assert operation.get("x-service") == service["name"]
            assert operation.get("x-permission") == service["permission"], (
                f"{service['name']}: the document says {operation.get('x-permission')}"
                f", ZCML ({service['file']}) says {service['permission']}"
            )
            assert operation.get("x-context") == service["for"], service["name"]


def test_every_documented_service_is_registered(document, registrations):
    registered = {(s["name"], s["method"]): s for s in registrations}
    for path, method, operation in operations(document):
        for segment in segments(path):
            if segment.startswith("@tremplin-"):
                assert (segment, method) in registered, (
                    f"{method.upper()} {path}: no such service in the ZCML"
                )
        if "x-stock" in operation:
            assert "x-service" not in operation
            continue
        service = registered.get((operation["x-service"], method))
        assert service is not None, f"{method.upper()} {path}: not registered"
        assert operation["x-service"] in segments(path)


def test_services_are_documented_where_they_answer(document, registrations):
    """Site-root services at ``/@name``, content services under
    ``/{content_path}``: the path tells integrators where to call."""
    contexts = {(s["name"], s["method"]): s["for"] for s in registrations}
    for path, method, operation in operations(document):
        context = contexts.get((operation.get("x-service"), method))
        if context is None or context == ANY_CONTEXT:
            continue
        if context in SITE_ROOTS:
            assert path.startswith("/@"), path
        else:
            assert path.startswith("/{content_path}/@"), path


def test_every_service_is_on_the_tremplin_layer(registrations):
    for service in registrations:
        assert service["layer"] == "oif.tremplin.core.interfaces.ITremplinLayer", (
            service
        )


def test_operations_are_complete(document):
    tags = {tag["name"] for tag in document["tags"]}
    ids = [operation["operationId"] for _p, _m, operation in operations(document)]
    assert len(ids) == len(set(ids))
    for path, method, operation in operations(document):
        where = f"{method.upper()} {path}"
        assert operation.get("summary"), where
        assert operation.get("responses"), where
        assert set(operation.get("tags", ())) <= tags, where
        assert len(operation["tags"]) == 1, where
        assert "x-permission" in operation, where
        names = re.findall(r"{(\w+)}", path)
        parameters = [
            resolve(document, p["$ref"]) if "$ref" in p else p
            for p in operation.get("parameters", [])
        ]
        in_path = {p["name"] for p in parameters if p["in"] == "path"}
        assert in_path == set(names), where


def schemas_and_examples(node):
    """(schema, example) of every media type holding both."""
    if isinstance(node, dict):
        schema = node.get("schema")
        if schema is not None and "example" in node:
            yield schema, node["example"]
        if schema is not None:
            for example in node.get("examples", {}).values():
                yield schema, example["value"]
        for value in node.values():
            yield from schemas_and_examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from schemas_and_examples(value)


def absolute_references(node, base: str):
    """A copy of ``node`` whose local ``$ref`` point into ``base``."""
    node = copy.deepcopy(node)
    for item in _walk(node):
        if isinstance(item.get("$ref"), str) and item["$ref"].startswith("#/"):
            item["$ref"] = base + item["$ref"]
    return node


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_schemas_are_json_schema_2020_12(document):
    schemas = list(document["components"]["schemas"].values())
    schemas += [schema for schema, _example in schemas_and_examples(document)]
    for schema in schemas:
        jsonschema.Draft202012Validator.check_schema(schema)


def test_examples_match_their_schemas(document):
    base = "urn:tremplin:openapi"
    resource = referencing.Resource.from_contents(
        absolute_references(document, base),
        default_specification=referencing.jsonschema.DRAFT202012,
    )
    registry = referencing.Registry().with_resource(base, resource)
    pairs = list(schemas_and_examples(document))
    pairs += [
        (schema, schema["example"])
        for schema in document["components"]["schemas"].values()
        if "example" in schema
    ]
    assert len(pairs) > 10
    for schema, example in pairs:
        validator = jsonschema.Draft202012Validator(
            absolute_references(schema, base), registry=registry
        )
        errors = [error.message for error in validator.iter_errors(example)]
        assert not errors, (example, errors)


def test_document_passes_openapi_spec_validator(document):
    openapi_spec_validator.validate(document)
