"""Thin views, by screen: ``tickets`` (the agents' inbox, ticket screen, JSON endpoints for
macros and replies, attachments, the conversation PDF, the SLA report), ``holds`` (the compliance
reviewers' queue of held replies) and ``claims`` (the public warranty claim page).

Every reply from every view goes through ``services.replies.reply_send``; every ticket and
macro is read through ``selectors`` so an agent never reaches a channel their group may not see.
"""
