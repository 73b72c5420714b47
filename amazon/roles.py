"""What each staff role may do in the Amazon app (merged by ``config.roles``). Seller accounts
hold credentials: only administrators (superusers) manage them."""

ROLE_PERMISSIONS = {
    "Support (marketplace)": [
        "amazon.view_amazonorder",
        "amazon.view_amazonorderitem",
        "amazon.view_reviewrequest",
        "amazon.view_reviewrequestschedule",
        "amazon.view_buyermessage",
        "amazon.send_buyermessage",
        "amazon.fetch_buyer_pii",
    ],
}
