"""The report of an assessment as a PDF, in the reader's language: the same
figures as the JSON report (report.build_report), laid out by WeasyPrint
from an HTML template (templates/report.pt, report.css).

WeasyPrint is imported when a PDF is asked for, not at start-up. It never
fetches anything: every URL in the document (an image a company named in
its texts, a file:// path) is refused, so a report cannot read the server's
files nor call another host.
"""

from chameleon import PageTemplateFile
from oif.tremplin import _
from pathlib import Path
from zope.i18n import translate


TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE = PageTemplateFile(str(TEMPLATES / "report.pt"))
DEBIAN_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 (make -C backend pdf-libs)"


class PDFUnavailable(RuntimeError):
    """WeasyPrint's system libraries are missing on this host."""


class _Attrs(dict):
    """A dict whose keys read as attributes in the template."""

    def __getattr__(self, name):
        try:
            return _wrap(self[name])
        except KeyError as error:
            raise AttributeError(name) from error


def _wrap(value):
    if isinstance(value, dict):
        return _Attrs({key: _wrap(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_wrap(item) for item in value]
    return value


def _labels(report: dict, language: str, day) -> dict:
    level = report["level"] or {}
    following = level.get("next")
    messages = {
        "title": _("assessment_pdf_title", default="Self-assessment report"),
        "submitted_on": _(
            "assessment_pdf_submitted_on",
            default="Assessment of ${date}, questionnaire version ${version}",
            mapping={
                "date": day(report["submitted_at"]),
                "version": report["questionnaire_version"],
            },
        ),
        "level": _(
            "assessment_pdf_level",
            default="Level: ${level}",
            mapping={"level": level.get("title", "—")},
        ),
        "overall": _(
            "assessment_pdf_overall",
            default="Overall score: ${score}/100",
            mapping={"score": report["overall"]},
        ),
        "next": _(
            "assessment_pdf_next",
            default="Next level: ${level}, from ${min}/100.",
            mapping={
                "level": following["title"],
                "min": following["min"],
            },
        )
        if following
        else _("assessment_pdf_top", default="You have reached the highest level."),
        "dimensions": _("assessment_pdf_dimensions", default="Score by dimension"),
        "dimension": _("assessment_pdf_dimension", default="Dimension"),
        "score": _("assessment_pdf_score", default="Score out of 100"),
        "not_assessed": _("assessment_pdf_not_assessed", default="not assessed"),
        "strengths": _("assessment_pdf_strengths", default="Your strengths"),
        "priorities": _("assessment_pdf_priorities", default="Your priorities"),
        "no_strengths": _(
            "assessment_pdf_no_strengths",
            default="No dimension has reached the level « ready » yet.",
        ),
        "no_priorities": _(
            "assessment_pdf_no_priorities",
            default="Every dimension has reached the level « ready ».",
        ),
        "recommendations": _(
            "assessment_pdf_recommendations", default="What to do next"
        ),
        "evolution": _("assessment_pdf_evolution", default="Your progress"),
        "overall_row": _("assessment_pdf_overall_row", default="Overall score"),
    }
    return {
        key: translate(message, target_language=language)
        for key, message in messages.items()
    }


def _day_in(language: str):
    """A day as the language writes it: 28/11/2026, or 2026-11-28 in English
    (unambiguous without month names)."""

    def day(iso: str) -> str:
        year, month, date = iso[:10].split("-")
        return f"{date}/{month}/{year}" if language == "fr" else iso[:10]

    return day


def report_html(report: dict, language: str) -> str:
    """The report as an HTML page (escaped by the template)."""
    day = _day_in(language)
    return TEMPLATE(
        report=_wrap(report),
        labels=_wrap(_labels(report, language, day)),
        language=language,
        days=[day(item["submitted_at"]) for item in report["evolution"]["assessments"]],
        css=(TEMPLATES / "report.css").read_text(encoding="utf-8"),
    )


def report_pdf(report: dict, language: str) -> bytes:
    """The report as PDF bytes; PDFUnavailable without Pango."""
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except OSError as error:  # the shared libraries, not the package
        raise PDFUnavailable(DEBIAN_PACKAGES) from error
    document = HTML(
        string=report_html(report, language),
        url_fetcher=URLFetcher(allowed_protocols=[]),
    )
    return document.write_pdf()
