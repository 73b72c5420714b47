from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from registration.sitemaps import PublicPagesSitemap

from . import views, webhooks

urlpatterns = [
    path("healthz", views.health, name="health"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"pages": PublicPagesSitemap}},
        name="sitemap",
    ),
    # Provider webhooks, for the providers in use only (config/webhooks.py). Listed before the
    # apps' URLs, so they answer every /anymail/ path anymail knows.
    path("anymail/", include(webhooks.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("customers.urls")),
    path("", include("registration.urls")),
    path("", include("inserts.urls")),
    path("", include("funnel.urls")),
    path("", include("helpdesk.urls")),
]

if settings.SHOPIFY_DEMO_STORE:  # the demo's stand-in Shopify store (development only)
    from customers.demo_store import urlpatterns as demo_store_urls

    urlpatterns += demo_store_urls

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages people read live under a language prefix (/de/…), so a shared link keeps its language.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
