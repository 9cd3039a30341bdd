window.YTD.note_tweet.part0 = [
  {
    "noteTweet": {
      "noteTweetId": "1768387849353996661",
      "updatedAt": "2024-03-14T21:24:53.000Z",
      "lifecycle": {
        "value": "true",
        "name": "Ready",
        "originalName": "Ready",
        "annotations": {}
      },
      "createdAt": "2024-03-14T21:24:53.000Z",
      "core": {
        "styletags": [],
        "urls": [],
        "text": "Some people have asked me how to get started with astronomy when you don't know anything, so here's my honest beginner's list after a few years of doing this. 1. Go outside on a clear night and just look. Give your eyes twenty minutes. Put your phone away, the screen ruins your night vision. 2. Learn one thing at a time. The Plough, then Orion, then the North Star. Once you know three, the rest come easier. 3. Get binoculars before a telescope. Any old pair. They'll show you craters on the Moon, Jupiter's moons and the Pleiades. 4. Find your people. There's a club near you, I promise, and they'll let you look through their telescopes. 5. Write down what you see. Even just \"saw the Moon, it was pretty.\" You'll love reading it later. 6. Don't be put off by clouds. They're part of it. Bake something. The sky will still be there tomorrow ✨",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  },
  {
    "noteTweet": {
      "noteTweetId": "1700983240786453496",
      "updatedAt": "2023-09-10T21:23:02.000Z",
      "lifecycle": {
        "value": "true",
        "name": "Ready",
        "originalName": "Ready",
        "annotations": {}
      },
      "createdAt": "2023-09-10T21:23:02.000Z",
      "core": {
        "styletags": [],
        "urls": [],
        "text": "Since a few of you asked: how I keep Clyde alive, in one long post. He lives in a glass jar in the fridge most of the week. On Thursday night I take him out and feed him equal weights of flour and water (50g each, mostly white with a spoonful of rye). Friday morning he's doubled and smells yeasty and a bit like apples, and I feed him again. Friday night I mix the dough: 500g flour, 375g water, 100g Clyde, 10g salt. Stretch and folds every half hour for two hours, then shape, then into the fridge in the banneton overnight. Saturday I bake at 250°C in a lidded pot for 20 minutes, lid off for another 25. That's it! The secret is there's no secret. Just do it every week and pay attention. And name him. It helps.",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  },
  {
    "noteTweet": {
      "noteTweetId": "1659445492187371122",
      "updatedAt": "2023-05-19T06:26:51.000Z",
      "lifecycle": {
        "value": "true",
        "name": "Ready",
        "originalName": "Ready",
        "annotations": {}
      },
      "createdAt": "2023-05-19T06:26:51.000Z",
      "core": {
        "styletags": [],
        "urls": [],
        "text": "A small thing I want to say about why I love this, after a year of posting. When I was little, my grandad would take me down to the harbour wall on clear nights and point at things. He didn't know the names of much, just the Plough, the North Star and \"that bright one.\" But he'd say, every time, \"all that's been up there longer than anything down here.\" Now I have a telescope and charts and apps and I know a lot of the names. But the feeling is the same as it was on the wall. And it's the same feeling as when I lift the lid off the pot and the loaf has sprung. Something old and patient doing what it does, and me lucky enough to see it. That's it. That's the whole thing. Thank you for being here for it ✨",
        "mentions": [],
        "cashtags": [],
        "hashtags": []
      }
    }
  }
]
