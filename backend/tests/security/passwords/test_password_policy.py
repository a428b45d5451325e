"""The password policy itself: refusals first, then what passes."""

from oif.tremplin.security.passwords import MIN_PASSWORD_LENGTH
from oif.tremplin.security.passwords import password_problems
from oif.tremplin.security.passwords import password_strength
from oif.tremplin.security.passwords import messages
from oif.tremplin.security.passwords.common import is_common_password
from oif.tremplin.security.passwords.policy import user_words
from zope.globalrequest import getRequest
from zope.i18n import translate

import pytest


AWA = ["awa.diop@example.org", "Awa DIOP"]
STRONG = "Baobab-Pirogue-Tamarin-42"
# On Mozilla's list, yet zxcvbn alone would score it 3: the list earns its keep.
LISTED_BUT_ZXCVBN_STRONG = "0528325452MR"


def ids(problems) -> list[str]:
    return [str(problem) for problem in problems]


def text(message) -> str:
    """``message`` as the request's language has it (the site's: French)."""
    return translate(message, context=getRequest())


class TestRefused:
    @pytest.mark.parametrize("password", [None, "", 42, ["x"]])
    def test_missing(self, integration, password):
        assert ids(password_problems(password)) == ["error_required"]

    def test_short(self, integration):
        password = "Kx9#mQ2$vL"  # ten characters, otherwise random
        assert "error_password_too_short" in ids(password_problems(password))

    def test_eleven_characters_are_still_short(self, integration):
        assert "error_password_too_short" in ids(password_problems("Kx9#mQ2$vLp"))

    def test_too_long(self, integration):
        assert ids(password_problems("Ab1-" * 33)) == ["error_password_too_long"]

    def test_common(self, integration):
        assert "error_password_common" in ids(password_problems("qwertyuiopasdfgh"))

    def test_listed_even_when_zxcvbn_would_accept_it(self, integration):
        assert is_common_password(LISTED_BUT_ZXCVBN_STRONG)
        assert password_strength(LISTED_BUT_ZXCVBN_STRONG)["acceptable"] is False
        assert ids(password_problems(LISTED_BUT_ZXCVBN_STRONG)) == [
            "error_password_common"
        ]

    def test_the_list_ignores_case(self, integration):
        assert is_common_password("QwErTyUiOpAsDfGh")

    @pytest.mark.parametrize(
        "password", ["motdepasse123", "Password1234!", "azertyuiop12", "aaaaaaaaaaaa"]
    )
    def test_weak(self, integration, password):
        assert password_problems(password)

    def test_built_from_her_name_and_address(self, integration):
        """The contract's example: strong for anybody, weak for Awa Diop."""
        assert password_problems("awa.diop2026!") == []
        assert ids(password_problems("awa.diop2026!", AWA)) == [
            "error_password_personal"
        ]

    def test_built_from_her_address_alone(self, integration):
        problems = password_problems("Diop.Awa.2026", ["awa.diop@example.org"])
        assert "error_password_personal" in ids(problems)

    def test_every_reason_is_given(self, integration):
        problems = ids(password_problems("password"))
        assert "error_password_too_short" in problems
        assert "error_password_weak" in problems
        assert "password_warning_top10" in problems


class TestAccepted:
    @pytest.mark.parametrize(
        "password",
        [STRONG, "correct horse battery staple", "Tremplin-Aminata-2026"],
    )
    def test_strong_passwords(self, integration, password):
        assert password_problems(password, AWA) == []

    def test_exactly_the_minimum_length(self, integration):
        password = "Xq7!Vb2#Lm9@"
        assert len(password) == MIN_PASSWORD_LENGTH
        assert password_problems(password) == []

    def test_the_maximum_length(self, integration):
        password = (
            "Baobab-Pirogue-Tamarin-42-" * 4 + "Kora-Djembe-Balafon-Sabar-Ngoni-7"
        )
        assert len(password) > 128 > len(password[:-10])
        assert password_problems(password[:128]) == []

    def test_a_domain_is_not_personal(self, integration):
        assert "example" not in user_words(["awa.diop@example.org"])
        assert {"awa", "diop", "awa.diop"} <= set(user_words(AWA))


class TestStrength:
    def test_shape_of_a_refusal(self, integration):
        result = password_strength("awa.diop2026!", AWA)
        assert set(result) == {"score", "acceptable", "problems", "suggestions"}
        assert result["acceptable"] is False
        assert result["score"] <= 2
        assert all(isinstance(p, str) for p in result["problems"])
        assert result["problems"] == [text(messages.PERSONAL)]

    def test_shape_of_an_acceptance(self, integration):
        assert password_strength(STRONG, AWA) == {
            "score": 4,
            "acceptable": True,
            "problems": [],
            "suggestions": [],
        }

    def test_zxcvbn_suggestions_are_ours(self, integration):
        result = password_strength("Baobab", AWA)
        hint = messages.FEEDBACK["Add another word or two. Uncommon words are better."]
        assert text(hint) in result["suggestions"]

    def test_missing(self, integration):
        result = password_strength("")
        assert result["acceptable"] is False
        assert result["score"] == 0
        assert result["problems"] == [text(messages.REQUIRED)]


def zxcvbn_sentences() -> set[str]:
    """Every literal zxcvbn's feedback module passes to gettext's ``_``."""
    import ast
    import inspect
    import zxcvbn.feedback

    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_zxcvbn_sentence_has_a_message():
    """A zxcvbn release that adds or rewords a sentence shows up here."""
    sentences = zxcvbn_sentences()
    assert len(sentences) == len(messages.FEEDBACK) == 27
    assert sentences == set(messages.FEEDBACK)
