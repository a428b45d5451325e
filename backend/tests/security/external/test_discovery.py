"""Discovery and keys, against the loopback provider (no site needed)."""

from oif.tremplin.security.external.discovery import forget_cached_documents
from oif.tremplin.security.external.discovery import OpenIDConnectError
from oif.tremplin.security.external.discovery import provider_metadata
from oif.tremplin.security.external.discovery import signing_keys
from oif.tremplin.security.external.testing.provider import LoopbackProvider

import pytest
import socket


def test_the_discovery_document_is_read_and_kept(oidc_provider):
    forget_cached_documents()
    metadata = provider_metadata(oidc_provider.issuer)
    assert metadata["token_endpoint"] == f"{oidc_provider.issuer}/token"
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert provider_metadata(oidc_provider.issuer) is metadata
    keys = signing_keys(metadata["jwks_uri"])
    assert keys.get_by_kid(oidc_provider.key.kid)


def test_a_document_naming_another_issuer_is_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    impostor = LoopbackProvider(
        port=port, clients=[], accounts=[], issuer="https://annuaire.example.org"
    ).start()
    try:
        forget_cached_documents()
        with pytest.raises(OpenIDConnectError):
            provider_metadata(f"http://127.0.0.1:{port}")
    finally:
        impostor.stop()


def test_an_unreachable_provider_is_an_error_not_a_hang():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    forget_cached_documents()
    with pytest.raises(OpenIDConnectError):
        provider_metadata(f"http://127.0.0.1:{port}")
