"""Company profiles: the SMEs that use Tremplin to go international."""
