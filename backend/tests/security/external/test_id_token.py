"""The ID-token check, refusals first, with tokens signed here (no site)."""

from joserfc import jwt
from joserfc.jwk import ECKey
from joserfc.jwk import KeySet
from joserfc.jwk import OctKey
from joserfc.jwk import RSAKey
from oif.tremplin.security.external.discovery import issuer_matches
from oif.tremplin.security.external.discovery import OpenIDConnectError
from oif.tremplin.security.external.discovery import check_url
from oif.tremplin.security.external.id_token import code_challenge
from oif.tremplin.security.external.id_token import IDTokenError
from oif.tremplin.security.external.id_token import user_fields
from oif.tremplin.security.external.id_token import verify_id_token

import base64
import json
import pytest


ISSUER = "https://annuaire.example.org"
CLIENT = "tremplin"
NONCE = "n-0S6_WzA2Mj"
NOW = 1_800_000_000
KEY = RSAKey.generate_key(2048, parameters={"kid": "k1"})
OTHER_KEY = RSAKey.generate_key(2048, parameters={"kid": "k1"})
KEYS = KeySet.import_key_set({"keys": [KEY.as_dict(private=False)]})


def claims(**changes) -> dict:
    values = {
        "iss": ISSUER,
        "sub": "248289761001",
        "aud": CLIENT,
        "exp": NOW + 300,
        "iat": NOW - 5,
        "nonce": NONCE,
        "email": "awa@example.org",
        "email_verified": True,
        "name": "Awa Ndiaye",
    }
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}


def signed(key=KEY, alg="RS256", **changes) -> str:
    return jwt.encode({"alg": alg, "kid": "k1"}, claims(**changes), key, [alg])


def verify(token: str, **options):
    arguments = {
        "keys": KEYS,
        "issuer": ISSUER,
        "client_id": CLIENT,
        "nonce": NONCE,
        "now": NOW,
        **options,
    }
    return verify_id_token(token, **arguments)


@pytest.mark.parametrize(
    "changes",
    [
        {"nonce": "another-nonce"},
        {"nonce": None},
        {"aud": "another-client"},
        {"aud": None},
        {"iss": "https://evil.example.org"},
        {"iss": None},
        {"exp": NOW - 200},
        {"exp": None},
        {"iat": None},
        {"iat": NOW + 3600},
        {"iat": NOW - 3600},
        {"sub": None},
        {"sub": ""},
    ],
    ids=lambda changes: ",".join(f"{k}={v}" for k, v in changes.items()),
)
def test_claims_that_are_not_for_us_are_refused(changes):
    with pytest.raises(IDTokenError):
        verify(signed(**changes))


def test_a_token_signed_by_another_key_is_refused():
    with pytest.raises(IDTokenError):
        verify(signed(key=OTHER_KEY))


def test_a_token_whose_payload_was_changed_is_refused():
    header, payload, signature = signed().split(".")
    changed = json.loads(base64.urlsafe_b64decode(payload + "=="))
    changed["sub"] = "someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(changed).encode()).rstrip(b"=")
    with pytest.raises(IDTokenError):
        verify(".".join([header, forged.decode(), signature]))


def test_unsigned_tokens_are_refused():
    header = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
    body = base64.urlsafe_b64encode(json.dumps(claims()).encode()).rstrip(b"=")
    with pytest.raises(IDTokenError):
        verify(f"{header}.{body.decode()}.")


def test_hmac_with_the_public_key_as_secret_is_refused():
    # The classic confusion: HS256 "signed" with the RSA public key's bytes.
    secret = OctKey.import_key(json.dumps(KEY.as_dict(private=False)).encode())
    token = jwt.encode({"alg": "HS256"}, claims(), secret, ["HS256"])
    with pytest.raises(IDTokenError):
        verify(token, algorithms=["HS256", "RS256"])


def test_an_algorithm_outside_the_provider_list_is_refused():
    ec_key = ECKey.generate_key("P-256", parameters={"kid": "k1"})
    keys = KeySet.import_key_set({"keys": [ec_key.as_dict(private=False)]})
    token = jwt.encode({"alg": "ES256", "kid": "k1"}, claims(), ec_key, ["ES256"])
    with pytest.raises(IDTokenError):
        verify(token, keys=keys, algorithms=["RS256"])
    assert verify(token, keys=keys, algorithms=["ES256"])["sub"] == "248289761001"


def test_several_audiences_need_us_as_authorized_party():
    with pytest.raises(IDTokenError):
        verify(signed(aud=[CLIENT, "other"]))
    with pytest.raises(IDTokenError):
        verify(signed(aud=[CLIENT, "other"], azp="other"))
    assert verify(signed(aud=[CLIENT, "other"], azp=CLIENT))["sub"]


def test_an_authorized_party_that_is_not_us_is_refused():
    with pytest.raises(IDTokenError):
        verify(signed(azp="other"))


def test_no_nonce_sent_means_no_token_accepted():
    with pytest.raises(IDTokenError):
        verify(signed(), nonce=None)


def test_a_valid_token_gives_its_claims():
    found = verify(signed())
    assert found["sub"] == "248289761001"
    assert found["email"] == "awa@example.org"


def test_clock_skew_within_the_leeway_is_tolerated():
    assert verify(signed(exp=NOW - 60, iat=NOW + 60))["sub"]


def test_tenant_issuer_takes_the_token_tenant():
    template = "https://login.microsoftonline.com/{tenantid}/v2.0"
    tenant = "9188040d-6c67-4c5b-b112-36a304b66dad"
    token = signed(iss=template.replace("{tenantid}", tenant), tid=tenant)
    assert verify(token, issuer=template)["tid"] == tenant
    with pytest.raises(IDTokenError):
        verify(token, issuer=template, allowed_tenants=("another-tenant",))
    with pytest.raises(IDTokenError):  # a tenant id that is not the token's own
        verify(
            signed(iss=template.replace("{tenantid}", tenant), tid="x"), issuer=template
        )


def test_issuer_aliases():
    token = signed(iss="accounts.google.com")
    with pytest.raises(IDTokenError):
        verify(token)
    assert verify(token, issuer_aliases=("accounts.google.com",))["sub"]


def test_the_email_counts_only_when_the_provider_verified_it():
    assert user_fields(claims())["email"] == "awa@example.org"
    assert "email" not in user_fields(claims(email_verified=False))
    assert "email" not in user_fields(claims(email_verified="true"))
    assert "email" not in user_fields(claims(email_verified=None))
    fields = user_fields(claims(given_name="Awa", family_name="Ndiaye", locale="fr"))
    assert (fields["id"], fields["first_name"], fields["locale"]) == (
        "248289761001",
        "Awa",
        "fr",
    )


def test_pkce_s256_matches_rfc_7636_appendix_b():
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize(
    "url",
    ["http://annuaire.example.org", "ftp://127.0.0.1/x", "javascript:alert(1)", ""],
)
def test_provider_urls_must_be_https_outside_the_loopback(url):
    with pytest.raises(OpenIDConnectError):
        check_url(url)


def test_discovery_must_name_the_configured_issuer():
    assert issuer_matches(ISSUER, ISSUER + "/")
    assert not issuer_matches(ISSUER, "https://evil.example.org")
    assert not issuer_matches(ISSUER, None)
    microsoft = "https://login.microsoftonline.com/common/v2.0"
    assert issuer_matches(
        microsoft, "https://login.microsoftonline.com/{tenantid}/v2.0"
    )
    assert not issuer_matches(microsoft, "https://evil.example.org/{tenantid}/v2.0")
