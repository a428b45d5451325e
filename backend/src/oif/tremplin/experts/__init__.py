"""Expert profiles: the consultants and mentors who help SMEs export."""
