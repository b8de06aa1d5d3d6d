"""Entity labels the pipeline sets; later stages tell certifications from skills by these."""

CERT_LABEL = "CERT"
SKILL_LABEL = "SKILL"
