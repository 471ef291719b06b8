"""The HQ console: the web application for the staff of a Chi cục, served by ``inspector-hq serve`` at ``/``.

``web.mount(app)`` adds its pages to the API application; the other modules are plain functions over a
SQLAlchemy connection (staff and sessions, the inbox index, queries, reviews, charts, exports).
"""
