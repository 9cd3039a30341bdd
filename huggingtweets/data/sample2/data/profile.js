window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "night shift bike courier. makes bleepy noises with synths. port calder, where it always rains 🚲 (a fictional account)",
        "website": "",
        "location": "Port Calder"
      },
      "avatarMediaUrl": null,
      "headerMediaUrl": null
    }
  }
]
