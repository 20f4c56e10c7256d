"""``verbinder workshop``: build and edit a model live with a group, in a full-screen terminal session."""
