window.YTD.profile.part0 = [
  {
    "profile": {
      "description": {
        "bio": "Amateur astronomer, weekend sourdough baker, part-time librarian. Gullhaven, by the sea. Clear skies & crusty loaves ✨ (a fictional account)",
        "website": "",
        "location": "Gullhaven"
      },
      "avatarMediaUrl": null,
      "headerMediaUrl": null
    }
  }
]
