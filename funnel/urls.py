app_name = "funnel"

urlpatterns: list = []
