window.YTD.note_tweet.part0 = []
