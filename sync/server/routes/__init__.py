"""The HQ API's routes, one ``APIRouter`` per area; ``sync.server.app`` composes them with the console."""
