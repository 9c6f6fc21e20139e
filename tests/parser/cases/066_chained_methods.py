result = (
    builder
    .add(1)
    .add(2)
    .build()
)
value = data["a"]["b"][0].strip().lower()
