"""PDF building blocks shared by every document Bridgecard prints (certificates, evidence,
inserts, conversation exports)."""
