app_name = "inserts"

urlpatterns: list = []
