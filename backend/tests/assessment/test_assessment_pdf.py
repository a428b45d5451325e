"""The report as a PDF: what it says in each language, how it is sent, and
that nothing a company typed becomes markup or a fetched resource."""

from assessment_helpers import AWA
from assessment_helpers import best_answers
from assessment_helpers import current_version
from assessment_helpers import submit
from io import BytesIO
from oif.tremplin.assessment.pdf import report_html
from oif.tremplin.assessment.pdf import report_pdf
from pypdf import PdfReader

import pytest


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


@pytest.fixture
def awa_report(member_session):
    awa = member_session("awa")
    submit(awa, AWA, best_answers(current_version()))
    return awa


def test_the_report_downloads_as_a_pdf_in_french(awa_report):
    response = awa_report.get(f"{AWA}/@tremplin-assessment-report/1?format=pdf")

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Cache-Control"] == "private, no-store"
    assert response.headers["Content-Disposition"].startswith(
        'attachment; filename="maturite-delices-tropicaux-du-senegal-'
    )
    text = text_of(response.content)
    assert "Délices Tropicaux du Sénégal" in text
    assert "Rapport d'autoévaluation" in text
    assert "Niveau : Confirmé" in text
    assert "Stratégie et engagement" in text
    assert "1 / " in text  # the page number in the margin


def test_and_in_english(awa_report):
    response = awa_report.get(f"{AWA}/@tremplin-assessment-report?format=pdf&lang=en")

    text = text_of(response.content)
    assert "Self-assessment report" in text
    assert "Level: Confirmed" in text
    assert "Strategy and commitment" in text


def minimal_report(title: str, advice: str) -> dict:
    return {
        "company": {"@id": "http://nohost/plone/fr/x", "title": title},
        "submitted_at": "2026-11-28T10:00:00+00:00",
        "questionnaire_version": 1,
        "language": "fr",
        "overall": 20,
        "level": {"id": "beginner", "title": "Débutant", "next": None},
        "dimensions": [{"id": "digital", "title": "Numérique", "score": 20}],
        "strengths": [],
        "priorities": [{"id": "digital", "title": "Numérique"}],
        "recommendations": [
            {
                "rule": "digital-low",
                "title": "Votre site",
                "advice": advice,
                "items": [],
                "more": "",
            }
        ],
        "evolution": {"assessments": [], "dimensions": []},
    }


def test_what_a_company_typed_is_text_never_markup():
    payload = '<img src="file:///etc/passwd"><script>alert(1)</script>'

    html = report_html(minimal_report(payload, payload), "fr")

    assert "<img" not in html and "<script" not in html
    assert "&lt;img src=" in html


def test_the_pdf_fetches_nothing_even_from_markup(monkeypatch):
    # Were markup ever to reach the document, its URL would not be read.
    import oif.tremplin.assessment.pdf as pdf

    fetched = []
    original = pdf.report_html
    monkeypatch.setattr(
        pdf,
        "report_html",
        lambda report, language: original(report, language).replace(
            "</body>", '<img src="file:///etc/hostname"></body>'
        ),
    )
    from weasyprint.urls import URLFetcher

    monkeypatch.setattr(
        URLFetcher, "open", lambda self, *a, **kw: fetched.append(a) or None
    )

    document = report_pdf(minimal_report("Akwaba", "Conseil"), "fr")

    assert document.startswith(b"%PDF")
    assert fetched == []
