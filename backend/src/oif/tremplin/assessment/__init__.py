"""The international-maturity self-assessment (spec §4.1.2): an editable,
versioned questionnaire, a company's answers, their scores and the report."""
