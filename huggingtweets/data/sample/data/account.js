window.YTD.account.part0 = [
  {
    "account": {
      "createdVia": "web",
      "username": "maraquill_sky",
      "accountId": "1509612345678901248",
      "createdAt": "2022-03-31T00:00:00.000Z",
      "accountDisplayName": "Mara Quill ✨"
    }
  }
]
