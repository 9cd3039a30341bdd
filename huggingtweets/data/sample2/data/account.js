window.YTD.account.part0 = [
  {
    "account": {
      "createdVia": "web",
      "username": "dex_on_wheels",
      "accountId": "1523456789012345344",
      "createdAt": "2022-05-07T00:00:00.000Z",
      "accountDisplayName": "Dex Marlow 🚲"
    }
  }
]
