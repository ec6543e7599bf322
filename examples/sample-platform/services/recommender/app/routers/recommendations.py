from fastapi import APIRouter

router = APIRouter(prefix="/recommendations")


@router.get("/{user_id}")
def for_user(user_id: int):
    return {"user_id": user_id, "items": []}
