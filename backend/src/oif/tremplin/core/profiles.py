"""The two kinds of member profile: the content types a member represents."""

PROFILE_TYPES = ("Company", "Expert")
