window.YTD.tweets.part0 = [
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "8",
      "id_str": "1771665672762487961",
      "truncated": false,
      "retweet_count": "4",
      "id": "1771665672762487961",
      "created_at": "Sat Mar 23 22:29:47 +0000 2024",
      "favorited": false,
      "full_text": "Two years ago I joined this place not knowing if anyone would care about a woman in a field with a telescope and a loaf of bread. Thank you for caring. Clear skies and crusty loaves, always ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "17",
      "id_str": "1770795761530819585",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770795761530819585",
      "created_at": "Thu Mar 21 12:53:04 +0000 2024",
      "favorited": false,
      "full_text": "The spring equinox again. Two years of posting here. I've learned that people love pictures of bread more than pictures of galaxies, and honestly I respect that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "17",
      "id_str": "1770504211267909666",
      "truncated": false,
      "retweet_count": "3",
      "id": "1770504211267909666",
      "created_at": "Wed Mar 20 17:34:33 +0000 2024",
      "favorited": false,
      "full_text": "@juniper_reads I'm putting the glass plates book on the staff picks shelf. it's getting a whole handwritten card",
      "lang": "en",
      "in_reply_to_status_id_str": "1770472753985643562",
      "in_reply_to_user_id_str": "390032284260685744",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1770472753985643562",
      "in_reply_to_user_id": "390032284260685744"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "12",
      "id_str": "1769721809994592229",
      "truncated": false,
      "retweet_count": "4",
      "id": "1769721809994592229",
      "created_at": "Mon Mar 18 13:45:34 +0000 2024",
      "favorited": false,
      "full_text": "Rainy evening. Rye dough resting, radio on, reading an old paperback about the first women who catalogued stars with glass plates and magnifying glasses. The pay was awful. The work was incredible.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "34",
      "id_str": "1769479974812698740",
      "truncated": false,
      "retweet_count": "2",
      "id": "1769479974812698740",
      "created_at": "Sun Mar 17 21:44:36 +0000 2024",
      "favorited": false,
      "full_text": "Took the Lantern for a clean today. Forty years of dust, pollen and at least one spider who was, I think, running a small business in there. The Moon looked noticeably sharper afterwards.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "21",
      "id_str": "1769117247207341620",
      "truncated": false,
      "retweet_count": "3",
      "id": "1769117247207341620",
      "created_at": "Sat Mar 16 21:43:15 +0000 2024",
      "favorited": false,
      "full_text": "@kit_clearskies yes the club can steal my list for the newsletter! credit me as \"star lady, age 37\"",
      "lang": "en",
      "in_reply_to_status_id_str": "1769059365811580759",
      "in_reply_to_user_id_str": "250234849416749102",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1769059365811580759",
      "in_reply_to_user_id": "250234849416749102"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/6NzExkMtaC",
            "expanded_url": "https://example.com/6nzexkmtac",
            "display_url": "example.com/…",
            "indices": [
              "269",
              "292"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "292"
      ],
      "favorite_count": "16",
      "id_str": "1768387845161582151",
      "truncated": false,
      "retweet_count": "4",
      "id": "1768387845161582151",
      "created_at": "Thu Mar 14 21:24:52 +0000 2024",
      "favorited": false,
      "full_text": "Some people have asked me how to get started with astronomy when you don't know anything, so here's my honest beginner's list after a few years of doing this. 1. Go outside on a clear night and just look. Give your eyes twenty minutes. Put your phone away, the screen… https://t.co/6NzExkMtaC",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "22",
      "id_str": "1767821492486927880",
      "truncated": false,
      "retweet_count": "2",
      "id": "1767821492486927880",
      "created_at": "Wed Mar 13 07:54:23 +0000 2024",
      "favorited": false,
      "full_text": "The Orion list has 23 names on it. My favourite entry says \"Orion — I think I saw his sword too??? — age 7.\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "18",
      "id_str": "1767456957134441187",
      "truncated": false,
      "retweet_count": "0",
      "id": "1767456957134441187",
      "created_at": "Tue Mar 12 07:45:51 +0000 2024",
      "favorited": false,
      "full_text": "A little girl came in to return the stargazing kit and said she'd found Orion's belt \"all by myself.\" She was so proud. I was so proud. We're keeping a list of everyone who finds Orion now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "29",
      "id_str": "1767123652572726872",
      "truncated": false,
      "retweet_count": "3",
      "id": "1767123652572726872",
      "created_at": "Mon Mar 11 09:41:25 +0000 2024",
      "favorited": false,
      "full_text": "@harbourcafe_gh the gull situation on the harbour wall has escalated. I'd recommend a shield with your pasties",
      "lang": "en",
      "in_reply_to_status_id_str": "1767106539815079480",
      "in_reply_to_user_id_str": "810952668883442649",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1767106539815079480",
      "in_reply_to_user_id": "810952668883442649"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "27",
      "id_str": "1766260146044499127",
      "truncated": false,
      "retweet_count": "1",
      "id": "1766260146044499127",
      "created_at": "Sat Mar 09 00:30:09 +0000 2024",
      "favorited": false,
      "full_text": "Gerald update: he has a girlfriend now. She's worse. She took a whole pasty from a tourist's hand. Gerald watched with pride.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "16",
      "id_str": "1766079799360051248",
      "truncated": false,
      "retweet_count": "2",
      "id": "1766079799360051248",
      "created_at": "Fri Mar 08 12:33:31 +0000 2024",
      "favorited": false,
      "full_text": "@crumbandcrust_ I will not be scoring the Horsehead. I have limits",
      "lang": "en",
      "in_reply_to_status_id_str": "1766058660067456396",
      "in_reply_to_user_id_str": "937547294352707004",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1766058660067456396",
      "in_reply_to_user_id": "937547294352707004"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/xoAfSvjeZh",
            "expanded_url": "https://example.com/xoafsvjezh",
            "display_url": "example.com/…",
            "indices": [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "30",
      "id_str": "1765508036033178256",
      "truncated": false,
      "retweet_count": "5",
      "id": "1765508036033178256",
      "created_at": "Wed Mar 06 22:41:32 +0000 2024",
      "favorited": false,
      "full_text": "Scored a loaf with the shape of the Crab Nebula today. It looks like a splat. It's a very accurate splat.\nhttps://t.co/xoAfSvjeZh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "236"
      ],
      "favorite_count": "34",
      "id_str": "1764788738064594251",
      "truncated": false,
      "retweet_count": "1",
      "id": "1764788738064594251",
      "created_at": "Mon Mar 04 23:03:18 +0000 2024",
      "favorited": false,
      "full_text": "It was clear all weekend. Saturn's gone behind the Sun for a while, but the Moon was perfect, Jupiter was sharp, and I saw the Crab Nebula for the first time. A ghostly little smudge. A star that exploded in 1054. People wrote about it!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "16",
      "id_str": "1764366602336680848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764366602336680848",
      "created_at": "Sun Mar 03 19:05:53 +0000 2024",
      "favorited": false,
      "full_text": "Clear skies forecast all weekend!! I don't trust it, but I've already made the cocoa, charged every battery I own and told Biscuit. There's no going back now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "181"
      ],
      "favorite_count": "3",
      "id_str": "1763718129386410550",
      "truncated": false,
      "retweet_count": "3",
      "id": "1763718129386410550",
      "created_at": "Sat Mar 02 00:09:05 +0000 2024",
      "favorited": false,
      "full_text": "Every time someone at the library asks me for \"a really good book,\" I ask them what they liked last. That's the whole secret. It's the same as bread. Start from what you know works.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "9",
      "id_str": "1763314129830433932",
      "truncated": false,
      "retweet_count": "4",
      "id": "1763314129830433932",
      "created_at": "Thu Feb 29 21:23:44 +0000 2024",
      "favorited": false,
      "full_text": "@kit_clearskies the new torch is very red. I look like a tiny lighthouse. ships have been warned",
      "lang": "en",
      "in_reply_to_status_id_str": "1763291480586461986",
      "in_reply_to_user_id_str": "446730829559938136",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1763291480586461986",
      "in_reply_to_user_id": "446730829559938136"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "5",
      "id_str": "1762408193717475513",
      "truncated": false,
      "retweet_count": "3",
      "id": "1762408193717475513",
      "created_at": "Tue Feb 27 09:23:52 +0000 2024",
      "favorited": false,
      "full_text": "Bought a new red head torch because Biscuit chewed the old one. It's so bright I can see my own charts for once. What a luxury. Should have got one years ago.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "24",
      "id_str": "1762237191947163250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1762237191947163250",
      "created_at": "Mon Feb 26 22:04:22 +0000 2024",
      "favorited": false,
      "full_text": "Sometimes I worry I post about the same three things. Then I remember those three things are bread, stars and a dog, and I think that's plenty.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "31",
      "id_str": "1762010858910714884",
      "truncated": false,
      "retweet_count": "0",
      "id": "1762010858910714884",
      "created_at": "Mon Feb 26 07:05:00 +0000 2024",
      "favorited": false,
      "full_text": "Made hot cross buns for the library staff room. Piped little stars on instead of crosses. Someone asked if they were \"astronomy buns.\" I said yes. They're astronomy buns now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "30",
      "id_str": "1761178847410138869",
      "truncated": false,
      "retweet_count": "4",
      "id": "1761178847410138869",
      "created_at": "Fri Feb 23 23:58:53 +0000 2024",
      "favorited": false,
      "full_text": "The stretch between winter and spring is my favourite observing time. Still dark early, but not so freezing that the cocoa goes cold in ten minutes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          },
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "14",
              "29"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "33"
      ],
      "favorite_count": "3",
      "id_str": "1760923686926868565",
      "truncated": false,
      "retweet_count": "4",
      "id": "1760923686926868565",
      "created_at": "Fri Feb 23 07:04:58 +0000 2024",
      "favorited": false,
      "full_text": "@tidepool_tom @harbourcafe_gh lol",
      "lang": "en",
      "in_reply_to_status_id_str": "1760868322116156370",
      "in_reply_to_user_id_str": "329287738551948811",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1760868322116156370",
      "in_reply_to_user_id": "329287738551948811"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "35",
      "id_str": "1760361369174360408",
      "truncated": false,
      "retweet_count": "4",
      "id": "1760361369174360408",
      "created_at": "Wed Feb 21 17:50:31 +0000 2024",
      "favorited": false,
      "full_text": "Found my old childhood star chart in a box in the loft. The North Star is circled in felt tip with the word \"HOME?\" written next to it. Tiny me, I still don't know what I meant, but I feel it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/a7GdR9kiIg",
            "expanded_url": "https://example.com/a7gdr9kiig",
            "display_url": "example.com/…",
            "indices": [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "23",
      "id_str": "1759632294282122749",
      "truncated": false,
      "retweet_count": "3",
      "id": "1759632294282122749",
      "created_at": "Mon Feb 19 17:33:26 +0000 2024",
      "favorited": false,
      "full_text": "Made seeded rye crispbreads for the astronomy club. Shaped them like crescent moons. Derek ate nine. Derek is a man of conviction. https://t.co/a7GdR9kiIg",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "3",
      "id_str": "1759193314229256346",
      "truncated": false,
      "retweet_count": "0",
      "id": "1759193314229256346",
      "created_at": "Sun Feb 18 12:29:05 +0000 2024",
      "favorited": false,
      "full_text": "A beautiful soft rain this morning, the kind that makes the whole harbour smell like earth and salt. No stars tonight but the bread will rise lovely in this air.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "26",
      "id_str": "1758636570703582238",
      "truncated": false,
      "retweet_count": "1",
      "id": "1758636570703582238",
      "created_at": "Fri Feb 16 23:36:47 +0000 2024",
      "favorited": false,
      "full_text": "Spring clean of the observing bag. Found: three gloves (none matching), a very old flapjack, a star chart from 2019 and a biscuit. Not sure which Biscuit it belonged to.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          },
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "16",
              "31"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "10",
      "id_str": "1758261734146359344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758261734146359344",
      "created_at": "Thu Feb 15 22:47:19 +0000 2024",
      "favorited": false,
      "full_text": "@nightowl_priya @kit_clearskies 🌙✨",
      "lang": "en",
      "in_reply_to_status_id_str": "1758211150837053090",
      "in_reply_to_user_id_str": "703188680774069567",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1758211150837053090",
      "in_reply_to_user_id": "703188680774069567"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "25",
      "id_str": "1758123305334997921",
      "truncated": false,
      "retweet_count": "4",
      "id": "1758123305334997921",
      "created_at": "Thu Feb 15 13:37:15 +0000 2024",
      "favorited": false,
      "full_text": "The dog is asleep. The dough is proofing. The sky is clear. There's cocoa in the flask. I'm going out. Don't wait up 🌙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "200"
      ],
      "favorite_count": "25",
      "id_str": "1756845384791024542",
      "truncated": false,
      "retweet_count": "4",
      "id": "1756845384791024542",
      "created_at": "Mon Feb 12 00:59:15 +0000 2024",
      "favorited": false,
      "full_text": "Clear tonight but a huge halo around the Moon. 22 degrees wide, made by ice crystals high up. The old sailors said it means rain tomorrow. Tom says it means he's staying in port. Both right, probably.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "186"
      ],
      "favorite_count": "10",
      "id_str": "1756763193210737341",
      "truncated": false,
      "retweet_count": "3",
      "id": "1756763193210737341",
      "created_at": "Sun Feb 11 19:32:39 +0000 2024",
      "favorited": false,
      "full_text": "Lent the star kit to a man who'd never looked up properly in his 60 years. He came back and said \"I saw Jupiter's moons. There were four. I counted them twice.\" Best library return ever.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "13",
      "id_str": "1755891100940380626",
      "truncated": false,
      "retweet_count": "2",
      "id": "1755891100940380626",
      "created_at": "Fri Feb 09 09:47:16 +0000 2024",
      "favorited": false,
      "full_text": "@juniper_reads it's an ammonite and it's 180 million years old and I WILL tell you about it",
      "lang": "en",
      "in_reply_to_status_id_str": "1755840769291545283",
      "in_reply_to_user_id_str": "217645592255572026",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1755840769291545283",
      "in_reply_to_user_id": "217645592255572026"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1755563580325733508",
      "truncated": false,
      "retweet_count": "1",
      "id": "1755563580325733508",
      "created_at": "Thu Feb 08 12:05:49 +0000 2024",
      "favorited": false,
      "full_text": "RT @juniper_reads: The library now has a fossil in the display case and a very proud colleague who will tell you all about it if you stand still long enough.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "3",
      "id_str": "1755017662298809764",
      "truncated": false,
      "retweet_count": "4",
      "id": "1755017662298809764",
      "created_at": "Tue Feb 06 23:56:32 +0000 2024",
      "favorited": false,
      "full_text": "Library staff quiz on \"things we've found in returned books\": a sock, a slice of ham, a lottery ticket (not a winner), a love letter &amp; a fossil. The fossil is now in our display case.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "12",
      "id_str": "1754921470131583590",
      "truncated": false,
      "retweet_count": "4",
      "id": "1754921470131583590",
      "created_at": "Tue Feb 06 17:34:18 +0000 2024",
      "favorited": false,
      "full_text": "@darksky_coast let's celebrate with a star party. I'll bring the bread, you bring the star counting clipboard",
      "lang": "en",
      "in_reply_to_status_id_str": "1754913165410949244",
      "in_reply_to_user_id_str": "258317950892066020",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1754913165410949244",
      "in_reply_to_user_id": "258317950892066020"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "20",
      "id_str": "1754427666331576854",
      "truncated": false,
      "retweet_count": "1",
      "id": "1754427666331576854",
      "created_at": "Mon Feb 05 08:52:06 +0000 2024",
      "favorited": false,
      "full_text": "30% more stars!! I knew it felt darker out there. I knew it!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "0",
      "id_str": "1753835220891738961",
      "truncated": false,
      "retweet_count": "5",
      "id": "1753835220891738961",
      "created_at": "Sat Feb 03 17:37:56 +0000 2024",
      "favorited": false,
      "full_text": "RT @darksky_coast: One year as a Dark Sky Community! We've counted 30% more visible stars from the beach since the new lighting went in. Thank you, Gullhaven 🌌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "10",
      "id_str": "1753553095229482812",
      "truncated": false,
      "retweet_count": "2",
      "id": "1753553095229482812",
      "created_at": "Fri Feb 02 22:56:52 +0000 2024",
      "favorited": false,
      "full_text": "A week of grey skies and drizzle. I've read four books, baked six loaves, knitted half a scarf and taught Biscuit to shake hands. The sky owes me a clear night and I'm keeping count.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "23",
      "id_str": "1752806429425934213",
      "truncated": false,
      "retweet_count": "2",
      "id": "1752806429425934213",
      "created_at": "Wed Jan 31 21:29:53 +0000 2024",
      "favorited": false,
      "full_text": "@nightowl_priya the cow says come back soon",
      "lang": "en",
      "in_reply_to_status_id_str": "1752775978779315471",
      "in_reply_to_user_id_str": "742865541136821193",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1752775978779315471",
      "in_reply_to_user_id": "742865541136821193"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "0",
      "id_str": "1751851461900647589",
      "truncated": false,
      "retweet_count": "3",
      "id": "1751851461900647589",
      "created_at": "Mon Jan 29 06:15:11 +0000 2024",
      "favorited": false,
      "full_text": "RT @nightowl_priya: Went to Gullhaven to see a proper dark sky. Cried on a cricket field. Ate the best bread of my life. Was watched by a cow. 10/10.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "206"
      ],
      "favorite_count": "23",
      "id_str": "1751777373716667363",
      "truncated": false,
      "retweet_count": "5",
      "id": "1751777373716667363",
      "created_at": "Mon Jan 29 01:20:47 +0000 2024",
      "favorited": false,
      "full_text": "Priya came to visit and saw the Milky Way with her own eyes for the first time in her life. She lay on the cricket field in total silence for twenty minutes and then said \"oh, so that's what it looks like.\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "12",
      "id_str": "1751388565928227892",
      "truncated": false,
      "retweet_count": "2",
      "id": "1751388565928227892",
      "created_at": "Sat Jan 27 23:35:48 +0000 2024",
      "favorited": false,
      "full_text": "@nightowl_priya we should do a meetup! your city telescope, my country sky. you bring the camera, I'll bring the bread",
      "lang": "en",
      "in_reply_to_status_id_str": "1751333956092683748",
      "in_reply_to_user_id_str": "678349020924663189",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1751333956092683748",
      "in_reply_to_user_id": "678349020924663189"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "39",
      "id_str": "1750801552112355399",
      "truncated": false,
      "retweet_count": "2",
      "id": "1750801552112355399",
      "created_at": "Fri Jan 26 08:43:13 +0000 2024",
      "favorited": false,
      "full_text": "A thought: bread dough rises because of tiny living things making gas. Stars shine because of tiny particles smashing together. Everything good is made of tiny things doing their best.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "24",
      "id_str": "1750127108028989284",
      "truncated": false,
      "retweet_count": "5",
      "id": "1750127108028989284",
      "created_at": "Wed Jan 24 12:03:13 +0000 2024",
      "favorited": false,
      "full_text": "Baked with snow on the windowsill and Biscuit asleep on my feet. Radio on. Nothing to do but wait for the oven. Perfect day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "0",
      "id_str": "1749534729697798499",
      "truncated": false,
      "retweet_count": "4",
      "id": "1749534729697798499",
      "created_at": "Mon Jan 22 20:49:19 +0000 2024",
      "favorited": false,
      "full_text": "Snow on the harbour is so rare I went out at midnight to see it. Snowflakes under the streetlight, boats all soft and white, absolutely silent. Then a seagull screamed. I assume it was Gerald.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "8",
      "id_str": "1749245406608188876",
      "truncated": false,
      "retweet_count": "1",
      "id": "1749245406608188876",
      "created_at": "Mon Jan 22 01:39:39 +0000 2024",
      "favorited": false,
      "full_text": "Library snow day! Only three patrons came in: the crossword lady, Mr. Okonkwo and a man who wanted to know if we had any books about snow. We did. Obviously.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "5",
      "id_str": "1748443602485696248",
      "truncated": false,
      "retweet_count": "1",
      "id": "1748443602485696248",
      "created_at": "Fri Jan 19 20:33:34 +0000 2024",
      "favorited": false,
      "full_text": "The Moon and the Pleiades were right next to each other tonight. A silver lamp next to a little bunch of blue jewels. Looked like a brooch pinned to the sky.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "28",
      "id_str": "1748284009217116960",
      "truncated": false,
      "retweet_count": "1",
      "id": "1748284009217116960",
      "created_at": "Fri Jan 19 09:59:24 +0000 2024",
      "favorited": false,
      "full_text": "@crumbandcrust_ Clyde says thank you for the card. he's not much of a writer",
      "lang": "en",
      "in_reply_to_status_id_str": "1748249280380810083",
      "in_reply_to_user_id_str": "438329955295127827",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1748249280380810083",
      "in_reply_to_user_id": "438329955295127827"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "16",
      "id_str": "1747757712143436430",
      "truncated": false,
      "retweet_count": "3",
      "id": "1747757712143436430",
      "created_at": "Wed Jan 17 23:08:05 +0000 2024",
      "favorited": false,
      "full_text": "Clyde's birthday cake was a sourdough chocolate cake. He ate nothing. I ate a lot. That's how birthdays work with starters.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "32",
      "id_str": "1747372662454973552",
      "truncated": false,
      "retweet_count": "4",
      "id": "1747372662454973552",
      "created_at": "Tue Jan 16 21:38:02 +0000 2024",
      "favorited": false,
      "full_text": "Dear Clyde, happy third birthday. You've made hundreds of loaves, survived two heatwaves and one very bad week when I forgot you on the counter. I'm proud of you. Love, Mara.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": [
          {
            "url": "https://t.co/0P8exndbxM",
            "expanded_url": "https://example.com/0p8exndbxm",
            "display_url": "example.com/…",
            "indices": [
              "70",
              "93"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1746674893846196438",
      "truncated": false,
      "retweet_count": "1",
      "id": "1746674893846196438",
      "created_at": "Sun Jan 14 23:25:21 +0000 2024",
      "favorited": false,
      "full_text": "RT @tidepool_tom: Mara's boat bread, one year later. Still seaworthy. https://t.co/0P8exndbxM",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "12",
      "id_str": "1746090652466596875",
      "truncated": false,
      "retweet_count": "3",
      "id": "1746090652466596875",
      "created_at": "Sat Jan 13 08:43:47 +0000 2024",
      "favorited": false,
      "full_text": "@tidepool_tom the boat bread is still on your dashboard. it's been a year. I'm begging you",
      "lang": "en",
      "in_reply_to_status_id_str": "1746041579107641639",
      "in_reply_to_user_id_str": "731023430918039147",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1746041579107641639",
      "in_reply_to_user_id": "731023430918039147"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "38",
      "id_str": "1745545892069114751",
      "truncated": false,
      "retweet_count": "2",
      "id": "1745545892069114751",
      "created_at": "Thu Jan 11 20:39:06 +0000 2024",
      "favorited": false,
      "full_text": "The town kids have started calling me \"the star lady.\" I've never had a better title. I'd like it on my passport please.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "8",
      "id_str": "1745228668468362146",
      "truncated": false,
      "retweet_count": "4",
      "id": "1745228668468362146",
      "created_at": "Wed Jan 10 23:38:34 +0000 2024",
      "favorited": false,
      "full_text": "Tiny joy: when the dough passes the windowpane test on the first try. Stretch a little bit thin and you can see light through it. That's gluten, doing its job.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "5",
      "id_str": "1744861935304797137",
      "truncated": false,
      "retweet_count": "3",
      "id": "1744861935304797137",
      "created_at": "Tue Jan 09 23:21:18 +0000 2024",
      "favorited": false,
      "full_text": "ok the Orion Nebula through the Lantern tonight, at 3°C, with no wind and perfect steady air, was the best thing I've seen in months. The glow went all the way across the eyepiece like smoke.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "29",
      "id_str": "1744459449892262902",
      "truncated": false,
      "retweet_count": "5",
      "id": "1744459449892262902",
      "created_at": "Mon Jan 08 20:41:58 +0000 2024",
      "favorited": false,
      "full_text": "Someone in the library asked me if I \"believe in\" astrology. I said I believe in astronomy and also that Leos are a lot. She was a Leo. It went well actually.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "34",
      "id_str": "1743565983448126519",
      "truncated": false,
      "retweet_count": "4",
      "id": "1743565983448126519",
      "created_at": "Sat Jan 06 09:31:39 +0000 2024",
      "favorited": false,
      "full_text": "The best thing about January is the bread. Long cold proofs, dark crusty loaves, butter that doesn't melt until it hits the warm slice. Winter baking is the real baking.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "32",
      "id_str": "1743359816627283821",
      "truncated": false,
      "retweet_count": "2",
      "id": "1743359816627283821",
      "created_at": "Fri Jan 05 19:52:25 +0000 2024",
      "favorited": false,
      "full_text": "Quadrantids peaked on a work night under total cloud. It's fine. I'm fine. The meteors are fine, somewhere above the clouds, having a lovely time without me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "14",
      "id_str": "1742661154633387744",
      "truncated": false,
      "retweet_count": "2",
      "id": "1742661154633387744",
      "created_at": "Wed Jan 03 21:36:11 +0000 2024",
      "favorited": false,
      "full_text": "@juniper_reads we're studying for trivia now. I've made flashcards. one of them just says \"HYDRATION\" in big letters",
      "lang": "en",
      "in_reply_to_status_id_str": "1742607048111875630",
      "in_reply_to_user_id_str": "835693151354857158",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1742607048111875630",
      "in_reply_to_user_id": "835693151354857158"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "34",
      "id_str": "1741737518560433578",
      "truncated": false,
      "retweet_count": "1",
      "id": "1741737518560433578",
      "created_at": "Mon Jan 01 08:25:59 +0000 2024",
      "favorited": false,
      "full_text": "Resolutions for this year: show the Orion Nebula to at least fifty people, perfect a proper rye, and finally win library trivia. The bread question will not beat us twice.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "120"
      ],
      "favorite_count": "24",
      "id_str": "1741589245720307870",
      "truncated": false,
      "retweet_count": "0",
      "id": "1741589245720307870",
      "created_at": "Sun Dec 31 22:36:48 +0000 2023",
      "favorited": false,
      "full_text": "New year, new observing log. Page one, line one: \"1 Jan. Cloudy. Baked instead.\" A strong start, honestly very on brand.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "7",
      "id_str": "1740710962657206298",
      "truncated": false,
      "retweet_count": "5",
      "id": "1740710962657206298",
      "created_at": "Fri Dec 29 12:26:49 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies 61! I counted twice. I'm very proud of this and I will be mentioning it at every club meeting",
      "lang": "en",
      "in_reply_to_status_id_str": "1740688816732373405",
      "in_reply_to_user_id_str": "231212107178941828",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1740688816732373405",
      "in_reply_to_user_id": "231212107178941828"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "34",
      "id_str": "1740366958427330482",
      "truncated": false,
      "retweet_count": "5",
      "id": "1740366958427330482",
      "created_at": "Thu Dec 28 13:39:52 +0000 2023",
      "favorited": false,
      "full_text": "Looking back at my observing log: 61 clear nights this year. A new record! Saw the aurora, a green comet, Saturn for a queue of strangers, and a fox who liked telescopes. Good year ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "28",
      "id_str": "1739437215449712328",
      "truncated": false,
      "retweet_count": "3",
      "id": "1739437215449712328",
      "created_at": "Tue Dec 26 00:05:24 +0000 2023",
      "favorited": false,
      "full_text": "Boxing day walk. The sea was silver, the sky was silver, even Gerald looked a bit silver. New year soon. Let's see what the sky brings.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "8",
      "id_str": "1738838805706938129",
      "truncated": false,
      "retweet_count": "1",
      "id": "1738838805706938129",
      "created_at": "Sun Dec 24 08:27:32 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads merry christmas to you &amp; Mr Whiskers. tell him the tuna is from Biscuit",
      "lang": "en",
      "in_reply_to_status_id_str": "1738836540783615047",
      "in_reply_to_user_id_str": "705278962398795299",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1738836540783615047",
      "in_reply_to_user_id": "705278962398795299"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "16",
      "id_str": "1738249686352600730",
      "truncated": false,
      "retweet_count": "4",
      "id": "1738249686352600730",
      "created_at": "Fri Dec 22 17:26:35 +0000 2023",
      "favorited": false,
      "full_text": "Christmas Eve. The sky is clear and the Moon is up over the harbour. I'm going to stand in the garden for a bit and think about everyone I love. Merry Christmas, all of you 🎄✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "0",
      "id_str": "1737583656041054104",
      "truncated": false,
      "retweet_count": "3",
      "id": "1737583656041054104",
      "created_at": "Wed Dec 20 21:20:01 +0000 2023",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: The star buns are back! Made by our favourite baker &amp; local sky expert. We've got a limited number every Saturday until Christmas ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "1",
      "id_str": "1736851343145517714",
      "truncated": false,
      "retweet_count": "5",
      "id": "1736851343145517714",
      "created_at": "Mon Dec 18 20:50:04 +0000 2023",
      "favorited": false,
      "full_text": "Sold out in 90 minutes! The queue was wrapped round the fountain. A lady bought twelve buns \"for the family\" and ate one on the spot. Merry Christmas to her.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "0",
      "id_str": "1735997609342003184",
      "truncated": false,
      "retweet_count": "5",
      "id": "1735997609342003184",
      "created_at": "Sat Dec 16 12:17:38 +0000 2023",
      "favorited": false,
      "full_text": "Christmas market bake, round three. This year I'm making star-shaped cinnamon buns. I have shaped 120 stars. I see stars when I close my eyes and not the good kind.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Geminids",
            "indices": [
              "167",
              "176"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "34",
      "id_str": "1735651373743894329",
      "truncated": false,
      "retweet_count": "4",
      "id": "1735651373743894329",
      "created_at": "Fri Dec 15 13:21:49 +0000 2023",
      "favorited": false,
      "full_text": "Geminid night with Biscuit and a hot water bottle. 63 meteors in two hours. One was so bright it cast a shadow from the tree. Biscuit barked at that one. Fair enough. #Geminids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Geminids",
            "indices": [
              "136",
              "145"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "30",
      "id_str": "1734363076491132703",
      "truncated": false,
      "retweet_count": "4",
      "id": "1734363076491132703",
      "created_at": "Tue Dec 12 00:02:35 +0000 2023",
      "favorited": false,
      "full_text": "Geminids again! Best shower of the year, and the Moon is out of the way this time. Wrap up, lie down, look up after 9pm. Bring a flask. #Geminids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "7",
      "id_str": "1733642989994683671",
      "truncated": false,
      "retweet_count": "5",
      "id": "1733642989994683671",
      "created_at": "Sun Dec 10 00:21:13 +0000 2023",
      "favorited": false,
      "full_text": "The celebration cake for the dark sky group was a chocolate sponge with the constellations piped on in white icing. I ran out of room for Draco, who is very long. Sorry Draco.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "7",
      "id_str": "1733534294606604659",
      "truncated": false,
      "retweet_count": "4",
      "id": "1733534294606604659",
      "created_at": "Sat Dec 09 17:09:18 +0000 2023",
      "favorited": false,
      "full_text": "@darksky_coast I'm bringing cake to the next meeting. a LOT of cake",
      "lang": "en",
      "in_reply_to_status_id_str": "1733496294208479306",
      "in_reply_to_user_id_str": "731908686082696053",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1733496294208479306",
      "in_reply_to_user_id": "731908686082696053"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "2",
      "id_str": "1732883254738147120",
      "truncated": false,
      "retweet_count": "1",
      "id": "1732883254738147120",
      "created_at": "Thu Dec 07 22:02:18 +0000 2023",
      "favorited": false,
      "full_text": "I'm crying in the library storeroom. Happy tears. Our little town's sky is officially protected. Thank you to everyone who helped. Look up tonight, Gullhaven, it's ours ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "0",
      "id_str": "1732187503592042695",
      "truncated": false,
      "retweet_count": "3",
      "id": "1732187503592042695",
      "created_at": "Tue Dec 05 23:57:38 +0000 2023",
      "favorited": false,
      "full_text": "RT @darksky_coast: WE DID IT. Gullhaven is now an officially recognised Dark Sky Community! Thank you to every volunteer, every councillor and everyone who turned their porch light off 🌌✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "2",
      "id_str": "1731424102514953735",
      "truncated": false,
      "retweet_count": "4",
      "id": "1731424102514953735",
      "created_at": "Sun Dec 03 21:24:09 +0000 2023",
      "favorited": false,
      "full_text": "Frost on the car, frost on the grass, frost on the telescope. Clearest air I've had in months. Everything twinkling like it was polished.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "13",
      "id_str": "1730707132382457404",
      "truncated": false,
      "retweet_count": "2",
      "id": "1730707132382457404",
      "created_at": "Fri Dec 01 21:55:10 +0000 2023",
      "favorited": false,
      "full_text": "Winter is coming and the sky is getting its best constellations back. Orion, Taurus, Gemini, Auriga. The big bright winter crowd. My favourite party of the year.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "9",
      "id_str": "1729994947950971146",
      "truncated": false,
      "retweet_count": "3",
      "id": "1729994947950971146",
      "created_at": "Wed Nov 29 22:45:12 +0000 2023",
      "favorited": false,
      "full_text": "A family came into the library asking for \"a book about the Moon for a three year old who asks about the Moon 400 times a day.\" We found four. Go get 'em, tiny astronomer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "6",
      "id_str": "1729493384689579381",
      "truncated": false,
      "retweet_count": "3",
      "id": "1729493384689579381",
      "created_at": "Tue Nov 28 13:32:10 +0000 2023",
      "favorited": false,
      "full_text": "Someone asked why I don't do astrophotography \"properly.\" Because I like looking, I think. The photos never look like what I see, and what I see is what I want to remember.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "14",
      "id_str": "1729053913906533205",
      "truncated": false,
      "retweet_count": "2",
      "id": "1729053913906533205",
      "created_at": "Mon Nov 27 08:25:52 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom the weather is: bread. come over",
      "lang": "en",
      "in_reply_to_status_id_str": "1728993767586267807",
      "in_reply_to_user_id_str": "625319954280049655",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1728993767586267807",
      "in_reply_to_user_id": "625319954280049655"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "27",
      "id_str": "1728528078209748035",
      "truncated": false,
      "retweet_count": "1",
      "id": "1728528078209748035",
      "created_at": "Sat Nov 25 21:36:23 +0000 2023",
      "favorited": false,
      "full_text": "Tried a chocolate &amp; cherry sourdough. The kitchen smells like a fancy dessert shop. Tom smelled it from the harbour and came over \"to ask about the weather.\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "21",
      "id_str": "1727315874018669459",
      "truncated": false,
      "retweet_count": "2",
      "id": "1727315874018669459",
      "created_at": "Wed Nov 22 13:19:31 +0000 2023",
      "favorited": false,
      "full_text": "@nightowl_priya the Red Spot is paler than I expected. like a strawberry milkshake storm",
      "lang": "en",
      "in_reply_to_status_id_str": "1727287939954568841",
      "in_reply_to_user_id_str": "540656942718764545",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1727287939954568841",
      "in_reply_to_user_id": "540656942718764545"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "196"
      ],
      "favorite_count": "31",
      "id_str": "1726951997175350205",
      "truncated": false,
      "retweet_count": "2",
      "id": "1726951997175350205",
      "created_at": "Tue Nov 21 13:13:36 +0000 2023",
      "favorited": false,
      "full_text": "Jupiter is up all night now and the Great Red Spot was facing us tonight. A little pale salmon-pink dent in the south belt. It's a storm bigger than the Earth and it's been spinning for centuries.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "15",
      "id_str": "1726323677856440285",
      "truncated": false,
      "retweet_count": "0",
      "id": "1726323677856440285",
      "created_at": "Sun Nov 19 19:36:53 +0000 2023",
      "favorited": false,
      "full_text": "Clocks went back again and I'm delighted. Telescope at 6pm! Cocoa at 6:05! A whole evening of dark sky ahead! Every other person in this town is miserable and I'm skipping.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "31",
      "id_str": "1725628153198905665",
      "truncated": false,
      "retweet_count": "0",
      "id": "1725628153198905665",
      "created_at": "Fri Nov 17 21:33:07 +0000 2023",
      "favorited": false,
      "full_text": "Made pumpkin sourdough rolls, shaped like little pumpkins with string tied around them. Cut the strings and they turned into flowers. Bit of autumn magic 🎃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "15",
      "id_str": "1725082335837262878",
      "truncated": false,
      "retweet_count": "3",
      "id": "1725082335837262878",
      "created_at": "Thu Nov 16 09:24:14 +0000 2023",
      "favorited": false,
      "full_text": "Library Halloween reading: I read a ghost story about a lighthouse keeper and all the children screamed at the same moment. Perfect. Ten out of ten. Would scare again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "34",
      "id_str": "1724054488086860670",
      "truncated": false,
      "retweet_count": "2",
      "id": "1724054488086860670",
      "created_at": "Mon Nov 13 13:19:56 +0000 2023",
      "favorited": false,
      "full_text": "The night was so still that I could hear the sea breathing from the field, two miles away. Every star steady. I didn't even use the telescope for the first hour. Just lay there &amp; listened.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "17",
      "id_str": "1723474592007006619",
      "truncated": false,
      "retweet_count": "5",
      "id": "1723474592007006619",
      "created_at": "Sat Nov 11 22:55:38 +0000 2023",
      "favorited": false,
      "full_text": "Overheard at the market: \"that's the bread lady who also does the stars.\" I'm going to have it on a mug.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1723115857376934292",
      "truncated": false,
      "retweet_count": "1",
      "id": "1723115857376934292",
      "created_at": "Fri Nov 10 23:10:09 +0000 2023",
      "favorited": false,
      "full_text": "RT @kit_clearskies: New club members this month: 9! Our biggest intake in years. The sky's getting more popular, folks.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "3",
      "id_str": "1721976327895229857",
      "truncated": false,
      "retweet_count": "5",
      "id": "1721976327895229857",
      "created_at": "Tue Nov 07 19:42:04 +0000 2023",
      "favorited": false,
      "full_text": "Note to self: do not try to score a spiral galaxy into a loaf before coffee. It looked like a cinnamon roll that had lost a fight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "8",
      "id_str": "1721775169076306622",
      "truncated": false,
      "retweet_count": "5",
      "id": "1721775169076306622",
      "created_at": "Tue Nov 07 06:22:44 +0000 2023",
      "favorited": false,
      "full_text": "Someone asked if I'm ever lonely out in the field at night. Never. There's Biscuit, the cows, the owls, the foxes, the whole sky. It's the least lonely place I know.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "16",
      "id_str": "1721267096254875448",
      "truncated": false,
      "retweet_count": "1",
      "id": "1721267096254875448",
      "created_at": "Sun Nov 05 20:43:50 +0000 2023",
      "favorited": false,
      "full_text": "@gullhaven_lib can we put the Jupiter sketches on display? with permission. they're brilliant",
      "lang": "en",
      "in_reply_to_status_id_str": "1721232115761350095",
      "in_reply_to_user_id_str": "891784686341649107",
      "in_reply_to_screen_name": "gullhaven_lib",
      "in_reply_to_status_id": "1721232115761350095",
      "in_reply_to_user_id": "891784686341649107"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "217"
      ],
      "favorite_count": "1",
      "id_str": "1720016455467808700",
      "truncated": false,
      "retweet_count": "2",
      "id": "1720016455467808700",
      "created_at": "Thu Nov 02 09:54:14 +0000 2023",
      "favorited": false,
      "full_text": "A lovely moment: a teenager who borrowed the star kit came back with a notebook of sketches of Jupiter's moons over a week. Drawn night by night, moving round the planet. Just like Galileo. I nearly cried at the desk.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "19",
      "id_str": "1719687001275943225",
      "truncated": false,
      "retweet_count": "5",
      "id": "1719687001275943225",
      "created_at": "Wed Nov 01 12:05:06 +0000 2023",
      "favorited": false,
      "full_text": "Baked for the school fete. Star cookies, moon biscuits, planet-shaped rolls with sesame seed rings for Saturn. The kids ate Saturn first. Everybody always goes for Saturn.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "186"
      ],
      "favorite_count": "15",
      "id_str": "1718739898072445126",
      "truncated": false,
      "retweet_count": "2",
      "id": "1718739898072445126",
      "created_at": "Sun Oct 29 21:21:39 +0000 2023",
      "favorited": false,
      "full_text": "Nothing makes me happier than a clear night after a week of rain. Everything washed clean, the air still and cold, the stars extra sharp. Off to the field. Biscuit's already at the door.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "181"
      ],
      "favorite_count": "12",
      "id_str": "1718163227408395159",
      "truncated": false,
      "retweet_count": "3",
      "id": "1718163227408395159",
      "created_at": "Sat Oct 28 07:10:10 +0000 2023",
      "favorited": false,
      "full_text": "Library book club chose a science fiction novel this month &amp; I'm so excited I've already read it twice. Someone on the team said \"I don't really do space.\" Not for long, friend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "2",
      "id_str": "1718032251877899556",
      "truncated": false,
      "retweet_count": "2",
      "id": "1718032251877899556",
      "created_at": "Fri Oct 27 22:29:43 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh Tom has been a menace. I endorse the sign",
      "lang": "en",
      "in_reply_to_status_id_str": "1717973112193916500",
      "in_reply_to_user_id_str": "116693410356341861",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1717973112193916500",
      "in_reply_to_user_id": "116693410356341861"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1717273686833083441",
      "truncated": false,
      "retweet_count": "5",
      "id": "1717273686833083441",
      "created_at": "Wed Oct 25 20:15:27 +0000 2023",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: Mara's new seeded rye is in today. We've put a sign on the counter: \"one per customer, Tom.\" You know why.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "177"
      ],
      "favorite_count": "33",
      "id_str": "1716027118714715640",
      "truncated": false,
      "retweet_count": "2",
      "id": "1716027118714715640",
      "created_at": "Sun Oct 22 09:42:02 +0000 2023",
      "favorited": false,
      "full_text": "The town clock struck midnight while I was looking at the Moon through the Lantern, and the whole crater field seemed to shiver with the bells. Probably my hands. Still, lovely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "30",
      "id_str": "1715724168331236844",
      "truncated": false,
      "retweet_count": "0",
      "id": "1715724168331236844",
      "created_at": "Sat Oct 21 13:38:13 +0000 2023",
      "favorited": false,
      "full_text": "Honestly, the best telescope is the one you'll actually use. A huge one that lives in the cupboard will show you fewer stars than a tiny one that goes out every clear night.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "34",
      "id_str": "1715454197760165268",
      "truncated": false,
      "retweet_count": "5",
      "id": "1715454197760165268",
      "created_at": "Fri Oct 20 19:45:27 +0000 2023",
      "favorited": false,
      "full_text": "Made a loaf with 30% whole wheat and a handful of oats on top. It looked like a little hedgehog. Tasted like a good morning. Slicing it was a bit emotional.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "8",
      "id_str": "1714186200937765973",
      "truncated": false,
      "retweet_count": "4",
      "id": "1714186200937765973",
      "created_at": "Tue Oct 17 07:46:53 +0000 2023",
      "favorited": false,
      "full_text": "@darksky_coast 14 from the back garden, 19 from the cricket field. the cow did not participate",
      "lang": "en",
      "in_reply_to_status_id_str": "1714158266876191499",
      "in_reply_to_user_id_str": "872119657976172785",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1714158266876191499",
      "in_reply_to_user_id": "872119657976172785"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "15",
      "id_str": "1713547983058656034",
      "truncated": false,
      "retweet_count": "3",
      "id": "1713547983058656034",
      "created_at": "Sun Oct 15 13:30:50 +0000 2023",
      "favorited": false,
      "full_text": "Counted 14 stars in Orion from my back garden. Last year from the same spot it was 9. The new streetlights really are working. Send in your counts, Gullhaven!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "0",
      "id_str": "1712974915306251109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1712974915306251109",
      "created_at": "Fri Oct 13 23:33:40 +0000 2023",
      "favorited": false,
      "full_text": "RT @darksky_coast: Want to help count stars? Our citizen science night is back! Look at Orion, count what you see, send us the number. Easy, fun &amp; genuinely useful.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "198"
      ],
      "favorite_count": "13",
      "id_str": "1712365516486177226",
      "truncated": false,
      "retweet_count": "0",
      "id": "1712365516486177226",
      "created_at": "Thu Oct 12 07:12:08 +0000 2023",
      "favorited": false,
      "full_text": "The lighthouse keeper's cottage is open for a heritage day and I got to stand at the top and look out over the whole bay. Thought about all the keepers who watched these same stars turn every night.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "18",
      "id_str": "1711524680171092403",
      "truncated": false,
      "retweet_count": "1",
      "id": "1711524680171092403",
      "created_at": "Mon Oct 09 23:30:57 +0000 2023",
      "favorited": false,
      "full_text": "Slow Sunday. Bread in the oven, kettle on, star charts spread across the kitchen table. Biscuit is snoring under the chair. If you need me I'll be here until about Thursday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "31",
      "id_str": "1710771659995056032",
      "truncated": false,
      "retweet_count": "4",
      "id": "1710771659995056032",
      "created_at": "Sat Oct 07 21:38:43 +0000 2023",
      "favorited": false,
      "full_text": "Orionid count: 14 in an hour, including one that went right through Orion himself. Very on brand for him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "29",
      "id_str": "1710025531064591567",
      "truncated": false,
      "retweet_count": "2",
      "id": "1710025531064591567",
      "created_at": "Thu Oct 05 20:13:52 +0000 2023",
      "favorited": false,
      "full_text": "Orionids tonight! The Moon sets early so the second half of the night is dark. Set your alarm for 3am if you're brave. I'm brave. I'm also going to be very tired tomorrow 🌠",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "6",
      "id_str": "1709831234124681039",
      "truncated": false,
      "retweet_count": "5",
      "id": "1709831234124681039",
      "created_at": "Thu Oct 05 07:21:48 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh I owe you at least four loaves and possibly my life",
      "lang": "en",
      "in_reply_to_status_id_str": "1709781405792781188",
      "in_reply_to_user_id_str": "241637378994473437",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1709781405792781188",
      "in_reply_to_user_id": "241637378994473437"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "64",
              "79"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "4",
      "id_str": "1709115593589068102",
      "truncated": false,
      "retweet_count": "5",
      "id": "1709115593589068102",
      "created_at": "Tue Oct 03 07:58:06 +0000 2023",
      "favorited": false,
      "full_text": "Oven broke in the middle of a market bake. Borrowed the oven at @harbourcafe_gh at 5am. They let me in with cake and coffee. This town, honestly. I love this town.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "1",
      "id_str": "1708108763493743873",
      "truncated": false,
      "retweet_count": "1",
      "id": "1708108763493743873",
      "created_at": "Sat Sep 30 13:17:19 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies the fox sat and watched us for ten minutes. I think it was an astronomer too",
      "lang": "en",
      "in_reply_to_status_id_str": "1708091399077012306",
      "in_reply_to_user_id_str": "306150351289610701",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1708091399077012306",
      "in_reply_to_user_id": "306150351289610701"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "3",
      "id_str": "1707652360303794504",
      "truncated": false,
      "retweet_count": "3",
      "id": "1707652360303794504",
      "created_at": "Fri Sep 29 07:03:44 +0000 2023",
      "favorited": false,
      "full_text": "Back. Saw the Andromeda Galaxy, its two little companion galaxies, the Double Cluster, the Ring Nebula, and a fox. The fox was the highlight, frankly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "27",
      "id_str": "1707121281727422304",
      "truncated": false,
      "retweet_count": "1",
      "id": "1707121281727422304",
      "created_at": "Wed Sep 27 19:53:25 +0000 2023",
      "favorited": false,
      "full_text": "Clear, calm, moonless. The kind of night you wait a month for. I'm going out and I may never come back.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "208"
      ],
      "favorite_count": "21",
      "id_str": "1706120449489641051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1706120449489641051",
      "created_at": "Mon Sep 25 01:36:28 +0000 2023",
      "favorited": false,
      "full_text": "Library news: we have a new telescope for the star kit! Donated by a man whose late wife loved the stars. He came to the desk to hand it over and we both had a little cry. The best things are given in memory.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "16",
      "id_str": "1706094897791172283",
      "truncated": false,
      "retweet_count": "5",
      "id": "1706094897791172283",
      "created_at": "Sun Sep 24 23:54:56 +0000 2023",
      "favorited": false,
      "full_text": "There is no smell on earth like a loaf coming out of the oven at 7am while the rest of the house is asleep. It's a private little miracle every week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "0",
      "id_str": "1704977296129542741",
      "truncated": false,
      "retweet_count": "2",
      "id": "1704977296129542741",
      "created_at": "Thu Sep 21 21:53:59 +0000 2023",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Autumn equinox observing session Friday! We'll be looking at Saturn, the Andromeda Galaxy and whatever else the sky allows. All welcome, no experience needed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "35",
      "id_str": "1704429469695793563",
      "truncated": false,
      "retweet_count": "4",
      "id": "1704429469695793563",
      "created_at": "Wed Sep 20 09:37:07 +0000 2023",
      "favorited": false,
      "full_text": "@nightowl_priya yes I talk to the constellations. they don't talk back but they're good listeners",
      "lang": "en",
      "in_reply_to_status_id_str": "1704428714718610422",
      "in_reply_to_user_id_str": "728137153322771706",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1704428714718610422",
      "in_reply_to_user_id": "728137153322771706"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "29",
      "id_str": "1703677208690865355",
      "truncated": false,
      "retweet_count": "4",
      "id": "1703677208690865355",
      "created_at": "Mon Sep 18 07:47:54 +0000 2023",
      "favorited": false,
      "full_text": "The night sky in September is like meeting old friends after a long summer. Pegasus, Andromeda, Cassiopeia all back. I actually said \"hello\" to them out loud tonight. Normal behaviour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "6",
      "id_str": "1703548338697990521",
      "truncated": false,
      "retweet_count": "4",
      "id": "1703548338697990521",
      "created_at": "Sun Sep 17 23:15:49 +0000 2023",
      "favorited": false,
      "full_text": "An autumn list:\n- first fire of the season\n- Andromeda overhead again\n- apple &amp; walnut loaf\n- thick socks\n- Biscuit in his jumper\nThat's all I need.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "7",
      "id_str": "1702248339341257987",
      "truncated": false,
      "retweet_count": "1",
      "id": "1702248339341257987",
      "created_at": "Thu Sep 14 09:10:05 +0000 2023",
      "favorited": false,
      "full_text": "Blue moon tonight, meaning the second full moon in a calendar month. It won't look blue. It'll look exactly like the moon. Go look anyway, it's lovely 🌕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1701231648438698419",
      "truncated": false,
      "retweet_count": "2",
      "id": "1701231648438698419",
      "created_at": "Mon Sep 11 13:50:07 +0000 2023",
      "favorited": false,
      "full_text": "@crumbandcrust_ yes I know a spoonful of rye is not a precise measurement. it's a vibe measurement",
      "lang": "en",
      "in_reply_to_status_id_str": "1701199939501975911",
      "in_reply_to_user_id_str": "519503925388530401",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1701199939501975911",
      "in_reply_to_user_id": "519503925388530401"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/L9rdzvtpmJ",
            "expanded_url": "https://example.com/l9rdzvtpmj",
            "display_url": "example.com/…",
            "indices": [
              "273",
              "296"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "296"
      ],
      "favorite_count": "33",
      "id_str": "1700983240784780660",
      "truncated": false,
      "retweet_count": "4",
      "id": "1700983240784780660",
      "created_at": "Sun Sep 10 21:23:02 +0000 2023",
      "favorited": false,
      "full_text": "Since a few of you asked: how I keep Clyde alive, in one long post. He lives in a glass jar in the fridge most of the week. On Thursday night I take him out and feed him equal weights of flour and water (50g each, mostly white with a spoonful of rye). Friday morning he's… https://t.co/L9rdzvtpmJ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Fz0aZEqlFG",
            "expanded_url": "https://example.com/fz0azeqlfg",
            "display_url": "example.com/…",
            "indices": [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "7",
      "id_str": "1700145420173002136",
      "truncated": false,
      "retweet_count": "2",
      "id": "1700145420173002136",
      "created_at": "Fri Sep 08 13:53:50 +0000 2023",
      "favorited": false,
      "full_text": "Found this picture of the Lantern with Saturn last night. Look at her. Isn't she the loveliest old tube https://t.co/Fz0aZEqlFG",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1699885788559048675",
      "truncated": false,
      "retweet_count": "2",
      "id": "1699885788559048675",
      "created_at": "Thu Sep 07 20:42:09 +0000 2023",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: Pavement astronomy outside the library tonight! We'll keep the kettle on for anyone in the queue to see Saturn.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "2",
      "id_str": "1698605695368467814",
      "truncated": false,
      "retweet_count": "4",
      "id": "1698605695368467814",
      "created_at": "Mon Sep 04 07:55:31 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh thank you for the free tea for the Saturn queue!! you're the best neighbours a telescope could ask for",
      "lang": "en",
      "in_reply_to_status_id_str": "1698564926732578403",
      "in_reply_to_user_id_str": "457198769758459873",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1698564926732578403",
      "in_reply_to_user_id": "457198769758459873"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "209"
      ],
      "favorite_count": "20",
      "id_str": "1698498220520446100",
      "truncated": false,
      "retweet_count": "4",
      "id": "1698498220520446100",
      "created_at": "Mon Sep 04 00:48:27 +0000 2023",
      "favorited": false,
      "full_text": "Set up the Lantern on the pavement outside the library after closing and showed passers by Saturn. Forty people, a queue down the street, everyone came away saying \"it's real!\" like they'd suspected it wasn't.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "38",
      "id_str": "1697588257882027791",
      "truncated": false,
      "retweet_count": "1",
      "id": "1697588257882027791",
      "created_at": "Fri Sep 01 12:32:35 +0000 2023",
      "favorited": false,
      "full_text": "Saturn at opposition! Biggest &amp; brightest of the year, up all night. Even small telescopes show the rings. If you've got a friend with a telescope, now's the time to call in the favour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "196"
      ],
      "favorite_count": "14",
      "id_str": "1697231700097902061",
      "truncated": false,
      "retweet_count": "5",
      "id": "1697231700097902061",
      "created_at": "Thu Aug 31 12:55:45 +0000 2023",
      "favorited": false,
      "full_text": "Baked a loaf with seaweed from the rock pools (washed, dried, crumbled). Salty, savoury, tastes like a morning on the harbour. Tom said \"it tastes like my boat\" and I chose to take that as praise.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "206"
      ],
      "favorite_count": "11",
      "id_str": "1696631168037891791",
      "truncated": false,
      "retweet_count": "5",
      "id": "1696631168037891791",
      "created_at": "Tue Aug 29 21:09:27 +0000 2023",
      "favorited": false,
      "full_text": "A kid asked me if meteors are \"stars falling down\" and I explained they're bits of dust smaller than a grain of sand. She looked so disappointed. Then I said they're dust from a comet, and she lit up again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "24",
      "id_str": "1695422772281418490",
      "truncated": false,
      "retweet_count": "2",
      "id": "1695422772281418490",
      "created_at": "Sat Aug 26 13:07:43 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom it was your phone torch. at full brightness. at a meteor party",
      "lang": "en",
      "in_reply_to_status_id_str": "1695414467556604086",
      "in_reply_to_user_id_str": "626191014592650925",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1695414467556604086",
      "in_reply_to_user_id": "626191014592650925"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "31",
      "id_str": "1695178219191222000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1695178219191222000",
      "created_at": "Fri Aug 25 20:55:57 +0000 2023",
      "favorited": false,
      "full_text": "@darksky_coast thank you for organising! the red torch rule was followed almost perfectly. except by Tom. Tom, we saw you",
      "lang": "en",
      "in_reply_to_status_id_str": "1695144748644013077",
      "in_reply_to_user_id_str": "191467282160369125",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1695144748644013077",
      "in_reply_to_user_id": "191467282160369125"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "17",
      "id_str": "1693963041243893870",
      "truncated": false,
      "retweet_count": "3",
      "id": "1693963041243893870",
      "created_at": "Tue Aug 22 12:27:16 +0000 2023",
      "favorited": false,
      "full_text": "Final count: 57 meteors for me. A little boy next to us counted 400 but I believe he was counting the same ones several times. Good effort.",
      "lang": "en",
      "in_reply_to_status_id_str": "1693733793169187413",
      "in_reply_to_user_id_str": "1509612345678901248",
      "in_reply_to_screen_name": "maraquill_sky",
      "in_reply_to_status_id": "1693733793169187413",
      "in_reply_to_user_id": "1509612345678901248"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Perseids",
            "indices": [
              "174",
              "183"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "16",
      "id_str": "1693733793169187413",
      "truncated": false,
      "retweet_count": "1",
      "id": "1693733793169187413",
      "created_at": "Mon Aug 21 21:16:19 +0000 2023",
      "favorited": false,
      "full_text": "Perseid party at the beach with the dark sky group. Something like a hundred people lying on blankets in the dark, cheering every meteor like a goal. Best night of the year. #Perseids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Perseids",
            "indices": [
              "155",
              "164"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "11",
      "id_str": "1693042039192918061",
      "truncated": false,
      "retweet_count": "1",
      "id": "1693042039192918061",
      "created_at": "Sat Aug 19 23:27:32 +0000 2023",
      "favorited": false,
      "full_text": "Perseids peak on Saturday night and there's hardly any Moon this year. This is the big one, friends. Find somewhere dark, lie down, look up, bring snacks. #Perseids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "21",
      "id_str": "1692675733847415586",
      "truncated": false,
      "retweet_count": "3",
      "id": "1692675733847415586",
      "created_at": "Fri Aug 18 23:11:58 +0000 2023",
      "favorited": false,
      "full_text": "The Milky Way is back overhead after dark. From the cricket field you can see the dark lane splitting it down the middle, like someone drew a finger through flour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "4",
      "id_str": "1691553820441022932",
      "truncated": false,
      "retweet_count": "5",
      "id": "1691553820441022932",
      "created_at": "Tue Aug 15 20:53:53 +0000 2023",
      "favorited": false,
      "full_text": "Bake of the week: a sourdough brioche that took three days, two emotional breakdowns and a whole block of butter. Glorious. Would not do again. Will do again on Saturday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "0",
      "id_str": "1690901165765940210",
      "truncated": false,
      "retweet_count": "3",
      "id": "1690901165765940210",
      "created_at": "Mon Aug 14 01:40:28 +0000 2023",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: You can now borrow a Stargazing Kit from the front desk! Two weeks, free with your library card. Thanks to Mara for putting it together ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1690452526235583531",
      "truncated": false,
      "retweet_count": "3",
      "id": "1690452526235583531",
      "created_at": "Sat Aug 12 19:57:44 +0000 2023",
      "favorited": false,
      "full_text": "@gullhaven_lib the star kit is ready to lend! first borrower has already signed up. it's the crossword lady. I love her",
      "lang": "en",
      "in_reply_to_status_id_str": "1690441453271377264",
      "in_reply_to_user_id_str": "189623248607446340",
      "in_reply_to_screen_name": "gullhaven_lib",
      "in_reply_to_status_id": "1690441453271377264",
      "in_reply_to_user_id": "189623248607446340"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "2",
      "id_str": "1689564927624092174",
      "truncated": false,
      "retweet_count": "5",
      "id": "1689564927624092174",
      "created_at": "Thu Aug 10 09:10:44 +0000 2023",
      "favorited": false,
      "full_text": "Building a little star-watching kit to lend from the library: binoculars, a red torch, a planisphere and a laminated \"what am I looking at\" card. Patrons can borrow it like a book!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "35",
      "id_str": "1689421159462807782",
      "truncated": false,
      "retweet_count": "0",
      "id": "1689421159462807782",
      "created_at": "Wed Aug 09 23:39:27 +0000 2023",
      "favorited": false,
      "full_text": "I'm a bit emotional about this. When I moved here the seafront lights washed everything out. Now there's a real chance our little town gets recognised for its dark skies.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "0",
      "id_str": "1688448693302534697",
      "truncated": false,
      "retweet_count": "3",
      "id": "1688448693302534697",
      "created_at": "Mon Aug 07 07:15:13 +0000 2023",
      "favorited": false,
      "full_text": "RT @darksky_coast: Gullhaven has officially applied to become a Dark Sky Community! Years of work by volunteers. Fingers crossed 🤞🌌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "39",
      "id_str": "1687569911116799386",
      "truncated": false,
      "retweet_count": "3",
      "id": "1687569911116799386",
      "created_at": "Fri Aug 04 21:03:15 +0000 2023",
      "favorited": false,
      "full_text": "Dear Gerald, that was my sandwich. Yours sincerely, Mara.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/l7N6FAqZYY",
            "expanded_url": "https://example.com/l7n6faqzyy",
            "display_url": "example.com/…",
            "indices": [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "29",
      "id_str": "1687394454992331594",
      "truncated": false,
      "retweet_count": "2",
      "id": "1687394454992331594",
      "created_at": "Fri Aug 04 09:26:03 +0000 2023",
      "favorited": false,
      "full_text": "Crumb shot! Open, glossy, a bit wild. Clyde's best work in months https://t.co/l7N6FAqZYY",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "16",
      "id_str": "1686269496522942919",
      "truncated": false,
      "retweet_count": "5",
      "id": "1686269496522942919",
      "created_at": "Tue Aug 01 06:55:52 +0000 2023",
      "favorited": false,
      "full_text": "The Moon's terminator tonight, where day meets night on the surface, was full of long shadows and mountain peaks catching the first sunlight. It's sunrise on the Moon, and I got to watch.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "196"
      ],
      "favorite_count": "24",
      "id_str": "1685583115449933105",
      "truncated": false,
      "retweet_count": "2",
      "id": "1685583115449933105",
      "created_at": "Sun Jul 30 09:28:26 +0000 2023",
      "favorited": false,
      "full_text": "Tested five flours for the perfect rye loaf. Results: one great, two fine, one weird, one that I think was accidentally sawdust. The great one's from the valley mill again. Always the valley mill.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "20",
      "id_str": "1685394933810096836",
      "truncated": false,
      "retweet_count": "0",
      "id": "1685394933810096836",
      "created_at": "Sat Jul 29 21:00:40 +0000 2023",
      "favorited": false,
      "full_text": "@gullhaven_lib I do know who I am. it's me. I'm the dragon",
      "lang": "en",
      "in_reply_to_status_id_str": "1685375807780385134",
      "in_reply_to_user_id_str": "567423821623288964",
      "in_reply_to_screen_name": "gullhaven_lib",
      "in_reply_to_status_id": "1685375807780385134",
      "in_reply_to_user_id": "567423821623288964"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1684120456789665460",
      "truncated": false,
      "retweet_count": "1",
      "id": "1684120456789665460",
      "created_at": "Wed Jul 26 08:36:21 +0000 2023",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Thank you to our volunteers who read to 120 kids this summer! Special thanks to the volunteer who does the dragon voice. You know who you are 🐉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "15",
      "id_str": "1683563180586972714",
      "truncated": false,
      "retweet_count": "0",
      "id": "1683563180586972714",
      "created_at": "Mon Jul 24 19:41:56 +0000 2023",
      "favorited": false,
      "full_text": "Patron asked if we had \"anything like Harry Potter but for grown ups and also about bees.\" Friend, I have three options and one of them will change your life.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "12",
      "id_str": "1682930088148018119",
      "truncated": false,
      "retweet_count": "2",
      "id": "1682930088148018119",
      "created_at": "Sun Jul 23 01:46:15 +0000 2023",
      "favorited": false,
      "full_text": "Low tide + new Moon + no wind = the most stars I've ever seen reflected in the wet sand. I walked out into it and it felt like walking on the sky.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/UaGkWDkqsh",
            "expanded_url": "https://example.com/uagkwdkqsh",
            "display_url": "example.com/…",
            "indices": [
              "9",
              "32"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "23",
      "id_str": "1682689070859108708",
      "truncated": false,
      "retweet_count": "3",
      "id": "1682689070859108708",
      "created_at": "Sat Jul 22 09:48:32 +0000 2023",
      "favorited": false,
      "full_text": "focaccia https://t.co/UaGkWDkqsh",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "7",
      "id_str": "1681654801626482384",
      "truncated": false,
      "retweet_count": "5",
      "id": "1681654801626482384",
      "created_at": "Wed Jul 19 13:18:43 +0000 2023",
      "favorited": false,
      "full_text": "Clyde got left out on the counter during a hot day and tried to escape the jar. He crept over the edge and onto the bread board. He's alive. He just wanted to see the world.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "188"
      ],
      "favorite_count": "27",
      "id_str": "1681396671577908235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1681396671577908235",
      "created_at": "Tue Jul 18 20:13:00 +0000 2023",
      "favorited": false,
      "full_text": "The Summer Triangle is overhead at midnight: Vega, Deneb and Altair. Three bright stars, easy to find, and the Milky Way runs right through the middle of it. Perfect starter constellation.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "id_str": "1680663368827567757",
      "truncated": false,
      "retweet_count": "5",
      "id": "1680663368827567757",
      "created_at": "Sun Jul 16 19:39:07 +0000 2023",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Someone has found a 1986 photo of me at the astronomy club and is now threatening to share it. Yes, I had hair. Yes, it was glorious.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "38",
      "id_str": "1679614125930613158",
      "truncated": false,
      "retweet_count": "3",
      "id": "1679614125930613158",
      "created_at": "Thu Jul 13 22:09:48 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies the 1986 issue has a photo of you at the club!!! you have SO much hair",
      "lang": "en",
      "in_reply_to_status_id_str": "1679582920310063236",
      "in_reply_to_user_id_str": "590544206177321257",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1679582920310063236",
      "in_reply_to_user_id": "590544206177321257"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/jvTAynGdSw",
            "expanded_url": "https://example.com/jvtayngdsw",
            "display_url": "example.com/…",
            "indices": [
              "63",
              "86"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "214"
      ],
      "favorite_count": "34",
      "id_str": "1678931779778927499",
      "truncated": false,
      "retweet_count": "2",
      "id": "1678931779778927499",
      "created_at": "Wed Jul 12 00:58:24 +0000 2023",
      "favorited": false,
      "full_text": "Someone donated 40 years of astronomy magazines to the library https://t.co/jvTAynGdSw and I've been reading the 1980s comet predictions on my lunch breaks. Some were wrong. Most were charming. All had great fonts.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "193"
      ],
      "favorite_count": "38",
      "id_str": "1678303909246846316",
      "truncated": false,
      "retweet_count": "1",
      "id": "1678303909246846316",
      "created_at": "Mon Jul 10 07:23:28 +0000 2023",
      "favorited": false,
      "full_text": "Sat on the beach watching the sun go down behind the lighthouse. Then Venus came out. Then a few stars. Then the lighthouse beam started sweeping. Best show in town &amp; it's free every night.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "11",
      "id_str": "1677787795945985102",
      "truncated": false,
      "retweet_count": "0",
      "id": "1677787795945985102",
      "created_at": "Sat Jul 08 21:12:37 +0000 2023",
      "favorited": false,
      "full_text": "Tried a 36-hour cold ferment for the first time. The flavour is incredible, sour and nutty and deep. The waiting is unbearable. The loaf is gone in a day. The cycle continues.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "39",
      "id_str": "1677220415666948918",
      "truncated": false,
      "retweet_count": "3",
      "id": "1677220415666948918",
      "created_at": "Fri Jul 07 07:38:03 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh I'm going to need a bigger oven. and a bigger Clyde",
      "lang": "en",
      "in_reply_to_status_id_str": "1677183673562395424",
      "in_reply_to_user_id_str": "365543576443787785",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1677183673562395424",
      "in_reply_to_user_id": "365543576443787785"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1676136297137163542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1676136297137163542",
      "created_at": "Tue Jul 04 07:50:09 +0000 2023",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: Tuesday is officially Bread Day at the café! Fresh loaves from our favourite local baker, first come first served 🍞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "34",
      "id_str": "1675989521661261653",
      "truncated": false,
      "retweet_count": "2",
      "id": "1675989521661261653",
      "created_at": "Mon Jul 03 22:06:55 +0000 2023",
      "favorited": false,
      "full_text": "Caught the crescent Moon at midday with binoculars, hanging pale over the harbour in a bright blue sky. People forget the Moon is out in the daytime half the time. Go look!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "26",
      "id_str": "1675486381340877478",
      "truncated": false,
      "retweet_count": "4",
      "id": "1675486381340877478",
      "created_at": "Sun Jul 02 12:47:37 +0000 2023",
      "favorited": false,
      "full_text": "Summer bread problem: the dough proofs twice as fast and I forget and then it's a puddle. Clyde's working overtime. He wants a holiday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "19",
      "id_str": "1674549818423134023",
      "truncated": false,
      "retweet_count": "3",
      "id": "1674549818423134023",
      "created_at": "Thu Jun 29 22:46:03 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads I found a receipt in the 1840 records for \"one barrel of herring &amp; a hat.\" what a life",
      "lang": "en",
      "in_reply_to_status_id_str": "1674497725170586727",
      "in_reply_to_user_id_str": "829287164572156490",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1674497725170586727",
      "in_reply_to_user_id": "829287164572156490"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "8",
      "id_str": "1674182347063622442",
      "truncated": false,
      "retweet_count": "3",
      "id": "1674182347063622442",
      "created_at": "Wed Jun 28 22:25:51 +0000 2023",
      "favorited": false,
      "full_text": "The library's air conditioning broke and we're all working in the basement archive because it's the coolest room. Surrounded by parish records from 1840. Honestly a vibe.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "34",
      "id_str": "1672906125211661661",
      "truncated": false,
      "retweet_count": "1",
      "id": "1672906125211661661",
      "created_at": "Sun Jun 25 09:54:36 +0000 2023",
      "favorited": false,
      "full_text": "Noctilucent clouds again tonight! Silver-blue ripples low in the north at about 11pm. Two summers in a row. I'm starting to think they like me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "18",
      "id_str": "1672381908513724750",
      "truncated": false,
      "retweet_count": "4",
      "id": "1672381908513724750",
      "created_at": "Fri Jun 23 23:11:33 +0000 2023",
      "favorited": false,
      "full_text": "Sitting on the sea wall with a paper bag of hot chips and watching the ISS go over. Nine minutes of perfect summer. Gerald did not get a single chip.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "30",
      "id_str": "1672225725219002867",
      "truncated": false,
      "retweet_count": "2",
      "id": "1672225725219002867",
      "created_at": "Fri Jun 23 12:50:56 +0000 2023",
      "favorited": false,
      "full_text": "@crumbandcrust_ yes the crumpet craters are deliberate, I'm a professional",
      "lang": "en",
      "in_reply_to_status_id_str": "1672200811052097604",
      "in_reply_to_user_id_str": "246770338512661883",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1672200811052097604",
      "in_reply_to_user_id": "246770338512661883"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "36",
      "id_str": "1671402194600713147",
      "truncated": false,
      "retweet_count": "5",
      "id": "1671402194600713147",
      "created_at": "Wed Jun 21 06:18:31 +0000 2023",
      "favorited": false,
      "full_text": "Tried making crumpets for the first time. They came out like little flat moons, full of craters. Accidentally on theme.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "37",
      "id_str": "1670338288415940661",
      "truncated": false,
      "retweet_count": "2",
      "id": "1670338288415940661",
      "created_at": "Sun Jun 18 07:50:56 +0000 2023",
      "favorited": false,
      "full_text": "Midsummer. Shortest night of the year, and it never gets properly dark here. But the twilight sky in the north stays a pale glowing blue until dawn, and that's its own kind of lovely.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "12"
      ],
      "favorite_count": "18",
      "id_str": "1669789514071155527",
      "truncated": false,
      "retweet_count": "0",
      "id": "1669789514071155527",
      "created_at": "Fri Jun 16 19:30:18 +0000 2023",
      "favorited": false,
      "full_text": "good night 🌙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "31",
      "id_str": "1669340320888963970",
      "truncated": false,
      "retweet_count": "3",
      "id": "1669340320888963970",
      "created_at": "Thu Jun 15 13:45:22 +0000 2023",
      "favorited": false,
      "full_text": "Three weeks without a clear night now. I'm baking out of pure frustration. The kitchen is full. Please come and take bread.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "203"
      ],
      "favorite_count": "30",
      "id_str": "1668730645249089979",
      "truncated": false,
      "retweet_count": "0",
      "id": "1668730645249089979",
      "created_at": "Tue Jun 13 21:22:44 +0000 2023",
      "favorited": false,
      "full_text": "Reminder: never look at the Sun through any telescope or binoculars without a proper certified solar filter over the front. Not sunglasses, not a CD, not your hand. Proper filters only. Keep your eyes ☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "4",
      "id_str": "1668032335574653002",
      "truncated": false,
      "retweet_count": "3",
      "id": "1668032335574653002",
      "created_at": "Sun Jun 11 23:07:54 +0000 2023",
      "favorited": false,
      "full_text": "@nightowl_priya the sun's freckles are the best freckles. be careful with that filter, check it every time!",
      "lang": "en",
      "in_reply_to_status_id_str": "1668001381614412591",
      "in_reply_to_user_id_str": "677969408927345941",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1668001381614412591",
      "in_reply_to_user_id": "677969408927345941"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1667421124817960202",
      "truncated": false,
      "retweet_count": "0",
      "id": "1667421124817960202",
      "created_at": "Sat Jun 10 06:39:10 +0000 2023",
      "favorited": false,
      "full_text": "RT @nightowl_priya: Solar filter arrived! First look at sunspots today. The Sun has freckles and nobody told me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "7",
      "id_str": "1666926440218710126",
      "truncated": false,
      "retweet_count": "4",
      "id": "1666926440218710126",
      "created_at": "Thu Jun 08 21:53:28 +0000 2023",
      "favorited": false,
      "full_text": "Walked Biscuit along the cliffs at dusk. Venus blazing over the sea, a single fishing boat's light below it, and the smell of gorse. Couldn't ask for more.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "5",
      "id_str": "1666549812690134159",
      "truncated": false,
      "retweet_count": "2",
      "id": "1666549812690134159",
      "created_at": "Wed Jun 07 20:56:53 +0000 2023",
      "favorited": false,
      "full_text": "Sun's up at 5am now. The dark is down to a couple of hours. See you in August, proper night. Until then, the Moon and I will make do.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/SDjiIaD8CK",
            "expanded_url": "https://example.com/sdjiiad8ck",
            "display_url": "example.com/…",
            "indices": [
              "40",
              "63"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "22",
      "id_str": "1666001059315917562",
      "truncated": false,
      "retweet_count": "2",
      "id": "1666001059315917562",
      "created_at": "Tue Jun 06 08:36:20 +0000 2023",
      "favorited": false,
      "full_text": "I baked Tom a bread shaped like a boat. https://t.co/SDjiIaD8CK",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "16",
      "id_str": "1665496782337684671",
      "truncated": false,
      "retweet_count": "3",
      "id": "1665496782337684671",
      "created_at": "Sun Jun 04 23:12:31 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom no, I cannot bake you a bread shaped like a boat. well. I could. but I shouldn't",
      "lang": "en",
      "in_reply_to_status_id_str": "1665437139337505373",
      "in_reply_to_user_id_str": "733859737955900951",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1665437139337505373",
      "in_reply_to_user_id": "733859737955900951"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "28",
      "id_str": "1664169469671434877",
      "truncated": false,
      "retweet_count": "5",
      "id": "1664169469671434877",
      "created_at": "Thu Jun 01 07:18:15 +0000 2023",
      "favorited": false,
      "full_text": "Made a giant loaf for a friend's wedding: a round country loaf with the couple's star signs scored into the crust. The bride hugged the bread. That's the review I'll remember.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "moon",
            "indices": [
              "0",
              "5"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/p8uUEtQeks",
            "expanded_url": "https://example.com/p8uuetqeks",
            "display_url": "example.com/…",
            "indices": [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "29"
      ],
      "favorite_count": "31",
      "id_str": "1663801293668335112",
      "truncated": false,
      "retweet_count": "3",
      "id": "1663801293668335112",
      "created_at": "Wed May 31 06:55:15 +0000 2023",
      "favorited": false,
      "full_text": "#moon https://t.co/p8uUEtQeks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "8",
      "id_str": "1663278570142100428",
      "truncated": false,
      "retweet_count": "3",
      "id": "1663278570142100428",
      "created_at": "Mon May 29 20:18:08 +0000 2023",
      "favorited": false,
      "full_text": "Bought a second-hand camera adapter for the Lantern. Took 40 photos of the Moon. 39 are blurry. The one good one is my new phone background forever.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "31",
      "id_str": "1662192836802649867",
      "truncated": false,
      "retweet_count": "4",
      "id": "1662192836802649867",
      "created_at": "Fri May 26 20:23:49 +0000 2023",
      "favorited": false,
      "full_text": "The evenings are getting lighter and the night is shrinking again. Astronomers have the opposite of seasonal affective disorder. Spring is when we get sad.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "5",
      "id_str": "1662086951600043930",
      "truncated": false,
      "retweet_count": "3",
      "id": "1662086951600043930",
      "created_at": "Fri May 26 13:23:04 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh this is defamation",
      "lang": "en",
      "in_reply_to_status_id_str": "1662029573519576490",
      "in_reply_to_user_id_str": "900446921651177815",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1662029573519576490",
      "in_reply_to_user_id": "900446921651177815"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "0",
      "id_str": "1661069010797026991",
      "truncated": false,
      "retweet_count": "4",
      "id": "1661069010797026991",
      "created_at": "Tue May 23 17:58:08 +0000 2023",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: Congratulations to the Dewey Decimators, who lost library trivia on a bread question. The local baker was on the team. We're just saying.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "31",
      "id_str": "1660982012543546842",
      "truncated": false,
      "retweet_count": "1",
      "id": "1660982012543546842",
      "created_at": "Tue May 23 12:12:26 +0000 2023",
      "favorited": false,
      "full_text": "Library trivia night! Our team, \"The Dewey Decimators,\" came second by one point. The question we lost on was about sourdough. I am never living this down.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "17",
      "id_str": "1660097756788282705",
      "truncated": false,
      "retweet_count": "4",
      "id": "1660097756788282705",
      "created_at": "Sun May 21 01:38:43 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads he'd have loved the library. he'd have sat in Mr. Okonkwo's chair and refused to move",
      "lang": "en",
      "in_reply_to_status_id_str": "1660042895294269295",
      "in_reply_to_user_id_str": "933607282971364837",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1660042895294269295",
      "in_reply_to_user_id": "933607282971364837"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/MREgA92xwY",
            "expanded_url": "https://example.com/mrega92xwy",
            "display_url": "example.com/…",
            "indices": [
              "272",
              "295"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "295"
      ],
      "favorite_count": "32",
      "id_str": "1659445487991264503",
      "truncated": false,
      "retweet_count": "2",
      "id": "1659445487991264503",
      "created_at": "Fri May 19 06:26:50 +0000 2023",
      "favorited": false,
      "full_text": "A small thing I want to say about why I love this, after a year of posting. When I was little, my grandad would take me down to the harbour wall on clear nights and point at things. He didn't know the names of much, just the Plough, the North Star and \"that bright one.\"… https://t.co/MREgA92xwY",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "1",
      "id_str": "1658739456604883942",
      "truncated": false,
      "retweet_count": "2",
      "id": "1658739456604883942",
      "created_at": "Wed May 17 07:41:19 +0000 2023",
      "favorited": false,
      "full_text": "Honest question: do you name your starter? Mine is Clyde. My friend's is called Doughvid Bowie. I think about this a lot.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "18",
      "id_str": "1658379769869499466",
      "truncated": false,
      "retweet_count": "0",
      "id": "1658379769869499466",
      "created_at": "Tue May 16 07:52:03 +0000 2023",
      "favorited": false,
      "full_text": "New recipe: olive &amp; rosemary loaf. Spent too long pitting olives by hand. The loaf was worth it. My fingers smell of olives. I've been sniffing them like a weirdo all day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "33",
      "id_str": "1657849018450648569",
      "truncated": false,
      "retweet_count": "2",
      "id": "1657849018450648569",
      "created_at": "Sun May 14 20:43:02 +0000 2023",
      "favorited": false,
      "full_text": "Lyrids again this week, a whole year of posting here. Thank you to everyone who reads my babbling about bread and the sky. You're my favourite people 🌠",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1656997453101603322",
      "truncated": false,
      "retweet_count": "1",
      "id": "1656997453101603322",
      "created_at": "Fri May 12 12:19:13 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies I think the wind took my spare glove somewhere over the channel. if anyone in France finds a purple mitten, it's mine",
      "lang": "en",
      "in_reply_to_status_id_str": "1656988645064243668",
      "in_reply_to_user_id_str": "214124115990605501",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1656988645064243668",
      "in_reply_to_user_id": "214124115990605501"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "35",
      "id_str": "1656092104193759855",
      "truncated": false,
      "retweet_count": "4",
      "id": "1656092104193759855",
      "created_at": "Wed May 10 00:21:41 +0000 2023",
      "favorited": false,
      "full_text": "A lovely clear night but the wind was wild. Every star in the eyepiece was dancing. Stood out there anyway, half astronomy, half holding onto a telescope for dear life.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "9",
      "id_str": "1655465076718959663",
      "truncated": false,
      "retweet_count": "1",
      "id": "1655465076718959663",
      "created_at": "Mon May 08 06:50:06 +0000 2023",
      "favorited": false,
      "full_text": "I volunteered for the dragons. My dragon voice is excellent. Ask Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1655346705071737063",
      "truncated": false,
      "retweet_count": "3",
      "id": "1655346705071737063",
      "created_at": "Sun May 07 22:59:44 +0000 2023",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Our Saturday story time is looking for volunteer readers! No experience needed, just a good voice for the dragons.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "219"
      ],
      "favorite_count": "27",
      "id_str": "1654225437588519909",
      "truncated": false,
      "retweet_count": "3",
      "id": "1654225437588519909",
      "created_at": "Thu May 04 20:44:13 +0000 2023",
      "favorited": false,
      "full_text": "The thing nobody tells you about astronomy is how much of it is waiting. Waiting for the sky to clear, the telescope to cool, your eyes to adjust, a gap in the wind. It's good for you. It's good practice for everything.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "26",
      "id_str": "1654019069444452950",
      "truncated": false,
      "retweet_count": "3",
      "id": "1654019069444452950",
      "created_at": "Thu May 04 07:04:11 +0000 2023",
      "favorited": false,
      "full_text": "@harbourcafe_gh the new toasties are fantastic. the tomato one made me briefly see God",
      "lang": "en",
      "in_reply_to_status_id_str": "1653995916882907404",
      "in_reply_to_user_id_str": "883112907436513168",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1653995916882907404",
      "in_reply_to_user_id": "883112907436513168"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "27",
      "id_str": "1653479396735711473",
      "truncated": false,
      "retweet_count": "2",
      "id": "1653479396735711473",
      "created_at": "Tue May 02 19:19:43 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit has developed a habit of sitting under the telescope and looking up with me. He can't see anything. He's just there to support.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "12",
      "id_str": "1652221650795657059",
      "truncated": false,
      "retweet_count": "2",
      "id": "1652221650795657059",
      "created_at": "Sat Apr 29 08:01:53 +0000 2023",
      "favorited": false,
      "full_text": "Bake day! Plain white loaf, nothing fancy, just flour, water, salt and Clyde. Sometimes the simplest bread is the hardest to get right.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "31",
      "id_str": "1651850148709155446",
      "truncated": false,
      "retweet_count": "3",
      "id": "1651850148709155446",
      "created_at": "Fri Apr 28 07:25:40 +0000 2023",
      "favorited": false,
      "full_text": "Finished the scarf! It's dark blue with little yellow stars knitted in, very uneven. Biscuit has claimed it as a bed. I'll knit another one. This is how it always goes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "35",
      "id_str": "1651318822664316444",
      "truncated": false,
      "retweet_count": "2",
      "id": "1651318822664316444",
      "created_at": "Wed Apr 26 20:14:22 +0000 2023",
      "favorited": false,
      "full_text": "I made one joke about Uranus at the club and Derek laughed for three full minutes. I've peaked.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "20",
      "id_str": "1650798712193630740",
      "truncated": false,
      "retweet_count": "3",
      "id": "1650798712193630740",
      "created_at": "Tue Apr 25 09:47:38 +0000 2023",
      "favorited": false,
      "full_text": "Saw Uranus tonight! A tiny pale blue-green dot, not a star, no twinkle, just sitting there. Another whole planet, 2.7 billion km away. And I'm not making any jokes about it. I'm above that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "18",
      "id_str": "1650218434427774772",
      "truncated": false,
      "retweet_count": "1",
      "id": "1650218434427774772",
      "created_at": "Sun Apr 23 19:21:49 +0000 2023",
      "favorited": false,
      "full_text": "Cloudy nights are for planning. I've made a list of the next ten things I want to see: the Whirlpool Galaxy, the Veil Nebula, Uranus (stop it), the Ring Nebula again &amp; six others I'll forget.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "14",
      "id_str": "1649589041364067310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1649589041364067310",
      "created_at": "Sat Apr 22 01:40:50 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom I'm waiting for the ISS, Tom. it's 40 minutes late. no wait I got the time wrong. carry on",
      "lang": "en",
      "in_reply_to_status_id_str": "1649577465084969521",
      "in_reply_to_user_id_str": "641178491479673576",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1649577465084969521",
      "in_reply_to_user_id": "641178491479673576"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1648495884106755991",
      "truncated": false,
      "retweet_count": "0",
      "id": "1648495884106755991",
      "created_at": "Wed Apr 19 01:17:01 +0000 2023",
      "favorited": false,
      "full_text": "RT @tidepool_tom: Mara has been standing on the harbour wall for 40 minutes looking at the sky with a flask. Please advise.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "30",
      "id_str": "1647854029763643103",
      "truncated": false,
      "retweet_count": "1",
      "id": "1647854029763643103",
      "created_at": "Mon Apr 17 06:46:31 +0000 2023",
      "favorited": false,
      "full_text": "Someone asked me at the library if the universe is infinite. I said nobody knows. He said \"then what are you for?\" Fair point. I gave him three books and a cinnamon knot.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "22",
      "id_str": "1647364923588814336",
      "truncated": false,
      "retweet_count": "3",
      "id": "1647364923588814336",
      "created_at": "Sat Apr 15 22:22:59 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies the solar scope is the best thing the club has ever bought and I will hear no arguments",
      "lang": "en",
      "in_reply_to_status_id_str": "1647310817067072151",
      "in_reply_to_user_id_str": "634312241824720938",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1647310817067072151",
      "in_reply_to_user_id": "634312241824720938"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "39",
      "id_str": "1646964753431954176",
      "truncated": false,
      "retweet_count": "2",
      "id": "1646964753431954176",
      "created_at": "Fri Apr 14 19:52:51 +0000 2023",
      "favorited": false,
      "full_text": "Sunspots today through a borrowed solar telescope at the club. A little cluster of black freckles on a pink-orange disc. The Sun is busy right now. More aurora chances ahead, maybe ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/qTVOtqzE9C",
            "expanded_url": "https://example.com/qtvotqze9c",
            "display_url": "example.com/…",
            "indices": [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "30",
      "id_str": "1645960637052133553",
      "truncated": false,
      "retweet_count": "2",
      "id": "1645960637052133553",
      "created_at": "Wed Apr 12 01:22:51 +0000 2023",
      "favorited": false,
      "full_text": "Wild garlic loaf is a triumph. https://t.co/qTVOtqzE9C The woods behind the church smell like a pizza place this time of year. Picked a basket in twenty minutes. Biscuit rolled in most of it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "17",
      "id_str": "1645332359674087052",
      "truncated": false,
      "retweet_count": "5",
      "id": "1645332359674087052",
      "created_at": "Mon Apr 10 07:46:18 +0000 2023",
      "favorited": false,
      "full_text": "Spring baking list:\n- wild garlic loaf (the woods are full of it)\n- a lemon &amp; poppy seed something\n- hot cross buns (stars, obviously)\n- crackers for the club",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "226"
      ],
      "favorite_count": "13",
      "id_str": "1645239644584599910",
      "truncated": false,
      "retweet_count": "2",
      "id": "1645239644584599910",
      "created_at": "Mon Apr 10 01:37:53 +0000 2023",
      "favorited": false,
      "full_text": "Twilight walk with Biscuit. Venus so bright over the water that it made a path on the sea like a tiny moon. A man on the pier asked if it was a plane. I said no, it's a planet, and told him which one. He said \"huh.\" Good chat.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "6",
      "id_str": "1644509810523436707",
      "truncated": false,
      "retweet_count": "3",
      "id": "1644509810523436707",
      "created_at": "Sat Apr 08 01:17:47 +0000 2023",
      "favorited": false,
      "full_text": "The Beehive cluster in binoculars tonight looked exactly like a swarm of tiny bees in a jar. Whoever named it was right. Sometimes the old names really are the best ones.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "33",
      "id_str": "1643976420881922244",
      "truncated": false,
      "retweet_count": "4",
      "id": "1643976420881922244",
      "created_at": "Thu Apr 06 13:58:17 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads a whole loaf is an unreasonable request and I'll be bringing two",
      "lang": "en",
      "in_reply_to_status_id_str": "1643934897273094021",
      "in_reply_to_user_id_str": "909584142382553553",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1643934897273094021",
      "in_reply_to_user_id": "909584142382553553"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "3",
      "id_str": "1643342141453511014",
      "truncated": false,
      "retweet_count": "3",
      "id": "1643342141453511014",
      "created_at": "Tue Apr 04 19:57:53 +0000 2023",
      "favorited": false,
      "full_text": "Brought a slice of the new spelt loaf to the staff room. It disappeared so fast I'm convinced it never existed. I've been told to bring \"at least a whole loaf\" next time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "148"
      ],
      "favorite_count": "0",
      "id_str": "1642947251926044547",
      "truncated": false,
      "retweet_count": "5",
      "id": "1642947251926044547",
      "created_at": "Mon Apr 03 17:48:44 +0000 2023",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Our Moon globe has been spun approximately 4,000 times since we got it. Apollo 11 is now facing the front door by popular demand.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "6",
      "id_str": "1641691900936409325",
      "truncated": false,
      "retweet_count": "5",
      "id": "1641691900936409325",
      "created_at": "Fri Mar 31 06:40:25 +0000 2023",
      "favorited": false,
      "full_text": "The best observing chair is an old deckchair with the back set low. Your neck will thank you. Your dignity won't, when you try to get up at 2am with frozen knees.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "31",
      "id_str": "1641689644398974999",
      "truncated": false,
      "retweet_count": "5",
      "id": "1641689644398974999",
      "created_at": "Fri Mar 31 06:31:27 +0000 2023",
      "favorited": false,
      "full_text": "A man at the market asked what makes sourdough \"sour.\" I said bacteria, and he put the loaf back down. I said friendly bacteria. He picked it back up. Marketing is all about adjectives.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "7",
      "id_str": "1640687956525108540",
      "truncated": false,
      "retweet_count": "2",
      "id": "1640687956525108540",
      "created_at": "Tue Mar 28 12:11:06 +0000 2023",
      "favorited": false,
      "full_text": "@nightowl_priya you can't see the Beehive from the city? try binoculars, it's big &amp; loose. like a swarm of tiny diamonds",
      "lang": "en",
      "in_reply_to_status_id_str": "1640642154724432977",
      "in_reply_to_user_id_str": "372796521800079544",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1640642154724432977",
      "in_reply_to_user_id": "372796521800079544"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "219"
      ],
      "favorite_count": "7",
      "id_str": "1640336712923293302",
      "truncated": false,
      "retweet_count": "5",
      "id": "1640336712923293302",
      "created_at": "Mon Mar 27 12:55:23 +0000 2023",
      "favorited": false,
      "full_text": "Some beginner-friendly targets for a small telescope this month:\n- the Moon (any phase, the terminator line is best)\n- Jupiter and its four big moons\n- the Pleiades\n- the Beehive cluster in Cancer\nAll visible from town.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "19",
      "id_str": "1639774466472156364",
      "truncated": false,
      "retweet_count": "2",
      "id": "1639774466472156364",
      "created_at": "Sat Mar 25 23:41:13 +0000 2023",
      "favorited": false,
      "full_text": "I know nothing about cars but I know where Jupiter is right now, and I think that's an equal trade",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "185"
      ],
      "favorite_count": "26",
      "id_str": "1639356474719989107",
      "truncated": false,
      "retweet_count": "2",
      "id": "1639356474719989107",
      "created_at": "Fri Mar 24 20:00:16 +0000 2023",
      "favorited": false,
      "full_text": "Clyde had a bad week. Sluggish, sour, barely rising. I gave him fresh rye flour and warm water and a pep talk and now he's back to bubbling like a jacuzzi. He just needed to feel loved.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "17",
      "id_str": "1637706951424416718",
      "truncated": false,
      "retweet_count": "0",
      "id": "1637706951424416718",
      "created_at": "Mon Mar 20 06:45:39 +0000 2023",
      "favorited": false,
      "full_text": "Spring equinox! Equal day and night. The stars and I are on a timeshare now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "26",
      "id_str": "1637374007575137077",
      "truncated": false,
      "retweet_count": "5",
      "id": "1637374007575137077",
      "created_at": "Sun Mar 19 08:42:39 +0000 2023",
      "favorited": false,
      "full_text": "The Moon rose huge and orange tonight. It's an illusion, by the way, it's exactly the same size when it's low. Your brain just can't believe it. Mine can't either.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "10",
      "id_str": "1637200791208627856",
      "truncated": false,
      "retweet_count": "1",
      "id": "1637200791208627856",
      "created_at": "Sat Mar 18 21:14:21 +0000 2023",
      "favorited": false,
      "full_text": "My kitchen window faces east so I can watch the Moon rise over the harbour while the loaves proof. Best view I've ever had from a sink.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "30",
      "id_str": "1636253922884124524",
      "truncated": false,
      "retweet_count": "1",
      "id": "1636253922884124524",
      "created_at": "Thu Mar 16 06:31:50 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads there is still flour in the returns trolley. I have accepted this",
      "lang": "en",
      "in_reply_to_status_id_str": "1636225485503658158",
      "in_reply_to_user_id_str": "828917459515502948",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1636225485503658158",
      "in_reply_to_user_id": "828917459515502948"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "38",
      "id_str": "1635894911433929444",
      "truncated": false,
      "retweet_count": "2",
      "id": "1635894911433929444",
      "created_at": "Wed Mar 15 06:45:15 +0000 2023",
      "favorited": false,
      "full_text": "Bread stars recap: fourteen kids, a lot of flour on the ceiling, one girl named her bun \"Jupiter\" and ate it before it was baked. She's going places.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "21",
      "id_str": "1635179660966033587",
      "truncated": false,
      "retweet_count": "5",
      "id": "1635179660966033587",
      "created_at": "Mon Mar 13 07:23:06 +0000 2023",
      "favorited": false,
      "full_text": "Baking with kids at the library this weekend! We're making little bread stars. Clyde is coming as a guest of honour. Please respect his privacy.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "0",
      "id_str": "1634111623394524074",
      "truncated": false,
      "retweet_count": "5",
      "id": "1634111623394524074",
      "created_at": "Fri Mar 10 08:39:06 +0000 2023",
      "favorited": false,
      "full_text": "RT @darksky_coast: Jupiter &amp; Venus over Gullhaven harbour tonight, photo by one of our members. Look at that reflection in the water 💙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/RG1jx4YhBL",
            "expanded_url": "https://example.com/rg1jx4yhbl",
            "display_url": "example.com/…",
            "indices": [
              "167",
              "190"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "190"
      ],
      "favorite_count": "2",
      "id_str": "1633732995185793484",
      "truncated": false,
      "retweet_count": "2",
      "id": "1633732995185793484",
      "created_at": "Thu Mar 09 07:34:34 +0000 2023",
      "favorited": false,
      "full_text": "Venus &amp; Jupiter side by side tonight, close enough to cover with a fingertip. Jupiter's moons visible in the same binocular view as Venus. Couldn't stop grinning. https://t.co/RG1jx4YhBL",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "13",
      "id_str": "1633016171853713583",
      "truncated": false,
      "retweet_count": "2",
      "id": "1633016171853713583",
      "created_at": "Tue Mar 07 08:06:10 +0000 2023",
      "favorited": false,
      "full_text": "Venus and Jupiter are getting closer every evening in the west. Next week they'll be almost touching. Two bright lamps right above where the sun went down ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "16",
      "id_str": "1632660683618660903",
      "truncated": false,
      "retweet_count": "5",
      "id": "1632660683618660903",
      "created_at": "Mon Mar 06 08:33:35 +0000 2023",
      "favorited": false,
      "full_text": "The morning after the aurora everyone in the library was talking about it. A ninety year old lady said she'd last seen it in 1958. She said \"it hasn't changed a bit.\" I love her.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "aurora",
            "indices": [
              "0",
              "7"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/A8UKpUkscS",
            "expanded_url": "https://example.com/a8ukpukscs",
            "display_url": "example.com/…",
            "indices": [
              "8",
              "31"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "31"
      ],
      "favorite_count": "0",
      "id_str": "1631825195038739976",
      "truncated": false,
      "retweet_count": "1",
      "id": "1631825195038739976",
      "created_at": "Sat Mar 04 01:13:39 +0000 2023",
      "favorited": false,
      "full_text": "#aurora https://t.co/A8UKpUkscS",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "7",
      "id_str": "1631423527516747121",
      "truncated": false,
      "retweet_count": "3",
      "id": "1631423527516747121",
      "created_at": "Thu Mar 02 22:37:34 +0000 2023",
      "favorited": false,
      "full_text": "I'm shaking. I've wanted to see the northern lights since I was eight. They were right there over the lighthouse, moving like curtains. The whole town was out on the sea wall.",
      "lang": "en",
      "in_reply_to_status_id_str": "1630490991133054769",
      "in_reply_to_user_id_str": "1509612345678901248",
      "in_reply_to_screen_name": "maraquill_sky",
      "in_reply_to_status_id": "1630490991133054769",
      "in_reply_to_user_id": "1509612345678901248"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "aurora",
            "indices": [
              "173",
              "180"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "14",
      "id_str": "1630490991133054769",
      "truncated": false,
      "retweet_count": "5",
      "id": "1630490991133054769",
      "created_at": "Tue Feb 28 08:52:00 +0000 2023",
      "favorited": false,
      "full_text": "AURORA. I can't believe it. Red &amp; green pillars over the sea, visible from Gullhaven, for the first time in my life. Look north NOW if you're anywhere near the coast!!! #aurora",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1630475476400082494",
      "truncated": false,
      "retweet_count": "3",
      "id": "1630475476400082494",
      "created_at": "Tue Feb 28 07:50:21 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom the screwdriver is in the bag with the buns. keep both",
      "lang": "en",
      "in_reply_to_status_id_str": "1630436469375709747",
      "in_reply_to_user_id_str": "155349246096842840",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1630436469375709747",
      "in_reply_to_user_id": "155349246096842840"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "34",
      "id_str": "1629741003439224769",
      "truncated": false,
      "retweet_count": "0",
      "id": "1629741003439224769",
      "created_at": "Sun Feb 26 07:11:49 +0000 2023",
      "favorited": false,
      "full_text": "Made cardamom knots and the whole street smelled of them. Tom came round \"to borrow a screwdriver.\" He does not own anything that needs a screwdriver.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "152"
      ],
      "favorite_count": "0",
      "id_str": "1628902029394504936",
      "truncated": false,
      "retweet_count": "4",
      "id": "1628902029394504936",
      "created_at": "Thu Feb 23 23:38:02 +0000 2023",
      "favorited": false,
      "full_text": "Library quiet hour is my favourite time of the week. Rain on the skylights, the radiator ticking, someone turning pages very slowly. I could live there.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "21",
      "id_str": "1628443386443298499",
      "truncated": false,
      "retweet_count": "4",
      "id": "1628443386443298499",
      "created_at": "Wed Feb 22 17:15:33 +0000 2023",
      "favorited": false,
      "full_text": "Weather app says 0% cloud. The sky says 100% cloud. One of them is lying and I know which.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "10",
      "id_str": "1627582182587944282",
      "truncated": false,
      "retweet_count": "3",
      "id": "1627582182587944282",
      "created_at": "Mon Feb 20 08:13:26 +0000 2023",
      "favorited": false,
      "full_text": "@juniper_reads the dough in the staff fridge is NOT a science experiment. please stop labelling it",
      "lang": "en",
      "in_reply_to_status_id_str": "1627577149422975020",
      "in_reply_to_user_id_str": "857249528779298828",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1627577149422975020",
      "in_reply_to_user_id": "857249528779298828"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "31",
      "id_str": "1627409125603477741",
      "truncated": false,
      "retweet_count": "5",
      "id": "1627409125603477741",
      "created_at": "Sun Feb 19 20:45:46 +0000 2023",
      "favorited": false,
      "full_text": "Two days of howling gales. The harbour's full of boats tied up tight, the library's full of people hiding from the wind &amp; I've got a dough proofing in the warm corner of the staff room.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "6",
      "id_str": "1626298121584133522",
      "truncated": false,
      "retweet_count": "3",
      "id": "1626298121584133522",
      "created_at": "Thu Feb 16 19:11:02 +0000 2023",
      "favorited": false,
      "full_text": "Crossword lady came to the desk to ask me for \"a seven letter word for a bright shooting star.\" Fireball's eight. Meteor's six. We worked it out together: bolides. Okay it's seven. Don't @ me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "astronomy",
            "indices": [
              "0",
              "10"
            ]
          },
          {
            "text": "sketching",
            "indices": [
              "11",
              "21"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/3K1is7zhhs",
            "expanded_url": "https://example.com/3k1is7zhhs",
            "display_url": "example.com/…",
            "indices": [
              "22",
              "45"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "13",
      "id_str": "1625754392984301524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1625754392984301524",
      "created_at": "Wed Feb 15 07:10:27 +0000 2023",
      "favorited": false,
      "full_text": "#astronomy #sketching https://t.co/3K1is7zhhs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "23",
      "id_str": "1624900608849454213",
      "truncated": false,
      "retweet_count": "3",
      "id": "1624900608849454213",
      "created_at": "Sun Feb 12 22:37:49 +0000 2023",
      "favorited": false,
      "full_text": "Sketched the Moon at the eyepiece for an hour tonight with a pencil and a clipboard. It came out like a potato with spots. I'm not an artist. But I'll remember that crater forever now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "180"
      ],
      "favorite_count": "18",
      "id_str": "1624877435321700837",
      "truncated": false,
      "retweet_count": "1",
      "id": "1624877435321700837",
      "created_at": "Sun Feb 12 21:05:44 +0000 2023",
      "favorited": false,
      "full_text": "Biscuit got hold of a whole baguette at the market and ran off with it like a little wolf. A group of tourists clapped. He did a victory lap. No one was harmed except the baguette.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "30",
      "id_str": "1624021931524881274",
      "truncated": false,
      "retweet_count": "2",
      "id": "1624021931524881274",
      "created_at": "Fri Feb 10 12:26:16 +0000 2023",
      "favorited": false,
      "full_text": "Full Moon tonight, which means all the faint stuff is washed out. Full Moon nights are for bread and books. That's the rule I just made up and I'm sticking to it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "4",
      "id_str": "1623788384286566425",
      "truncated": false,
      "retweet_count": "4",
      "id": "1623788384286566425",
      "created_at": "Thu Feb 09 20:58:14 +0000 2023",
      "favorited": false,
      "full_text": "@darksky_coast the answer is \"because the universe had a beginning\" and it still blows my mind every single time",
      "lang": "en",
      "in_reply_to_status_id_str": "1623752145500873223",
      "in_reply_to_user_id_str": "812528319778170039",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1623752145500873223",
      "in_reply_to_user_id": "812528319778170039"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "0",
      "id_str": "1622727669971387560",
      "truncated": false,
      "retweet_count": "4",
      "id": "1622727669971387560",
      "created_at": "Mon Feb 06 22:43:20 +0000 2023",
      "favorited": false,
      "full_text": "RT @darksky_coast: Winter talk at the library next Thursday: \"Why the sky is dark at night\" — a surprisingly deep question! Tea, biscuits &amp; big ideas.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "24",
      "id_str": "1622365516986065192",
      "truncated": false,
      "retweet_count": "0",
      "id": "1622365516986065192",
      "created_at": "Sun Feb 05 22:44:16 +0000 2023",
      "favorited": false,
      "full_text": "The first crocus in the library garden. Small, purple and very brave. Spring is taking its time and that's fine. Winter's not done with the stars yet either.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "25",
      "id_str": "1621397521954621513",
      "truncated": false,
      "retweet_count": "4",
      "id": "1621397521954621513",
      "created_at": "Fri Feb 03 06:37:48 +0000 2023",
      "favorited": false,
      "full_text": "Night sky app told me a satellite was passing over at 7:14. At 7:14 a satellite passed over. Technology is amazing and I don't care who knows it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          },
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "16",
              "30"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "37"
      ],
      "favorite_count": "6",
      "id_str": "1620909187529253116",
      "truncated": false,
      "retweet_count": "4",
      "id": "1620909187529253116",
      "created_at": "Wed Feb 01 22:17:20 +0000 2023",
      "favorited": false,
      "full_text": "@crumbandcrust_ @juniper_reads lol no",
      "lang": "en",
      "in_reply_to_status_id_str": "1620856842614760909",
      "in_reply_to_user_id_str": "451912614561461020",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1620856842614760909",
      "in_reply_to_user_id": "451912614561461020"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "3",
      "id_str": "1619956136802319191",
      "truncated": false,
      "retweet_count": "5",
      "id": "1619956136802319191",
      "created_at": "Mon Jan 30 07:10:15 +0000 2023",
      "favorited": false,
      "full_text": "@tidepool_tom please remove the bread from the table leg",
      "lang": "en",
      "in_reply_to_status_id_str": "1619933235905021262",
      "in_reply_to_user_id_str": "882317498624467922",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1619933235905021262",
      "in_reply_to_user_id": "882317498624467922"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "14",
      "id_str": "1619846648689921251",
      "truncated": false,
      "retweet_count": "1",
      "id": "1619846648689921251",
      "created_at": "Sun Jan 29 23:55:11 +0000 2023",
      "favorited": false,
      "full_text": "Made a rye loaf dense enough to count as a building material. Tom used a slice to fix a wobbly table leg. Honestly? It's still there.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "202"
      ],
      "favorite_count": "11",
      "id_str": "1619392720141209167",
      "truncated": false,
      "retweet_count": "0",
      "id": "1619392720141209167",
      "created_at": "Sat Jan 28 17:51:26 +0000 2023",
      "favorited": false,
      "full_text": "The Pleiades tonight through binoculars: a little cluster of blue-white stars like sugar spilled on black velvet. Seven sisters, but I always count nine. Better eyes than the ancient Greeks, apparently.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "7",
      "id_str": "1618607059894945738",
      "truncated": false,
      "retweet_count": "5",
      "id": "1618607059894945738",
      "created_at": "Thu Jan 26 13:49:30 +0000 2023",
      "favorited": false,
      "full_text": "Library snow-chains on the front steps today. I had to dig out the book return box with a dustpan. Still, someone returned a book about Antarctica this morning, which felt right.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "18",
      "id_str": "1617454960081015074",
      "truncated": false,
      "retweet_count": "3",
      "id": "1617454960081015074",
      "created_at": "Mon Jan 23 09:31:28 +0000 2023",
      "favorited": false,
      "full_text": "@nightowl_priya the security light neighbour deserves a strongly worded letter. I'll draft it in red torchlight",
      "lang": "en",
      "in_reply_to_status_id_str": "1617451185209124656",
      "in_reply_to_user_id_str": "438593717654724786",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1617451185209124656",
      "in_reply_to_user_id": "438593717654724786"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1617298797753982142",
      "truncated": false,
      "retweet_count": "1",
      "id": "1617298797753982142",
      "created_at": "Sun Jan 22 23:10:56 +0000 2023",
      "favorited": false,
      "full_text": "RT @nightowl_priya: City astronomy is just 45 minutes of waiting for the neighbour's security light to turn off and then 3 minutes of Jupiter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "173"
      ],
      "favorite_count": "36",
      "id_str": "1616334191721859672",
      "truncated": false,
      "retweet_count": "2",
      "id": "1616334191721859672",
      "created_at": "Fri Jan 20 07:17:56 +0000 2023",
      "favorited": false,
      "full_text": "Winter eyepiece tip: keep them in an inside pocket until you need them, or they fog up the second you put your eye to them. Learned this the hard way. Many times. This week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "17",
      "id_str": "1615841193228940595",
      "truncated": false,
      "retweet_count": "2",
      "id": "1615841193228940595",
      "created_at": "Wed Jan 18 22:38:56 +0000 2023",
      "favorited": false,
      "full_text": "Eleven of us at the cricket field and the comet showed up like a shy green cat. Kit cried a little. Don't tell Kit I said that.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "28",
      "id_str": "1615111686321536232",
      "truncated": false,
      "retweet_count": "5",
      "id": "1615111686321536232",
      "created_at": "Mon Jan 16 22:20:08 +0000 2023",
      "favorited": false,
      "full_text": "@kit_clearskies I know now. I'll bring the big flask",
      "lang": "en",
      "in_reply_to_status_id_str": "1615089540396362874",
      "in_reply_to_user_id_str": "394471263995753327",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1615089540396362874",
      "in_reply_to_user_id": "394471263995753327"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "0",
      "id_str": "1614520415289081685",
      "truncated": false,
      "retweet_count": "1",
      "id": "1614520415289081685",
      "created_at": "Sun Jan 15 07:10:38 +0000 2023",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Comet hunting session at the cricket field Friday 8pm. Binoculars &amp; warm layers. Cocoa provided by Mara (she doesn't know this yet).",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "17",
      "id_str": "1613997150699144227",
      "truncated": false,
      "retweet_count": "0",
      "id": "1613997150699144227",
      "created_at": "Fri Jan 13 20:31:22 +0000 2023",
      "favorited": false,
      "full_text": "Found the comet tonight. A tiny fuzzy green smudge near the pole star with the faintest tail. I stood there thinking about the last people who saw it, wrapped in furs, looking up at the same thing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "comet",
            "indices": [
              "155",
              "161"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "161"
      ],
      "favorite_count": "25",
      "id_str": "1613308408230849595",
      "truncated": false,
      "retweet_count": "3",
      "id": "1613308408230849595",
      "created_at": "Wed Jan 11 22:54:33 +0000 2023",
      "favorited": false,
      "full_text": "There's a green comet in the sky right now! It's faint, you'll want binoculars &amp; a dark spot, but it last came by when there were mammoths. Mammoths!! #comet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "22",
      "id_str": "1612715153293079816",
      "truncated": false,
      "retweet_count": "5",
      "id": "1612715153293079816",
      "created_at": "Tue Jan 10 07:37:10 +0000 2023",
      "favorited": false,
      "full_text": "@crumbandcrust_ wet hands and a bench scraper. got it. the swamp has been tamed (mostly)",
      "lang": "en",
      "in_reply_to_status_id_str": "1612657020236954687",
      "in_reply_to_user_id_str": "442778711629776367",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1612657020236954687",
      "in_reply_to_user_id": "442778711629776367"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "9",
      "id_str": "1611992806062635566",
      "truncated": false,
      "retweet_count": "5",
      "id": "1611992806062635566",
      "created_at": "Sun Jan 08 07:46:49 +0000 2023",
      "favorited": false,
      "full_text": "@crumbandcrust_ okay the rye is fighting me. 90% hydration and it's basically a swamp. any tips?",
      "lang": "en",
      "in_reply_to_status_id_str": "1611980474809733701",
      "in_reply_to_user_id_str": "420435856841519346",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1611980474809733701",
      "in_reply_to_user_id": "420435856841519346"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "28",
      "id_str": "1611177437558753558",
      "truncated": false,
      "retweet_count": "5",
      "id": "1611177437558753558",
      "created_at": "Fri Jan 06 01:46:50 +0000 2023",
      "favorited": false,
      "full_text": "Sourdough isn't hard, it's just slow. People think slow means hard. It just means you have to come back to it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1610934495084474377",
      "truncated": false,
      "retweet_count": "0",
      "id": "1610934495084474377",
      "created_at": "Thu Jan 05 09:41:28 +0000 2023",
      "favorited": false,
      "full_text": "I saw one Quadrantid. One. It was lovely. It counts.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "156"
      ],
      "favorite_count": "2",
      "id_str": "1610177058306419880",
      "truncated": false,
      "retweet_count": "1",
      "id": "1610177058306419880",
      "created_at": "Tue Jan 03 07:31:41 +0000 2023",
      "favorited": false,
      "full_text": "Quadrantids tonight but the Moon is nearly full and the forecast is drizzle. I'll go out anyway, because hope is free and so is the field behind the church.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "3",
      "id_str": "1609461719758847590",
      "truncated": false,
      "retweet_count": "5",
      "id": "1609461719758847590",
      "created_at": "Sun Jan 01 08:09:11 +0000 2023",
      "favorited": false,
      "full_text": "Happy new year, friends! My resolutions: log every clear night, finally get a decent photo of the Orion Nebula, and stop talking to Clyde in a baby voice. Two out of three isn't bad.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "9",
      "id_str": "1609087931774601389",
      "truncated": false,
      "retweet_count": "2",
      "id": "1609087931774601389",
      "created_at": "Sat Dec 31 07:23:53 +0000 2022",
      "favorited": false,
      "full_text": "The week between Christmas and New Year is for eating cheese in your pyjamas and looking at star charts. That's what it's for. I don't make the rules.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "23",
      "id_str": "1608580588763056837",
      "truncated": false,
      "retweet_count": "5",
      "id": "1608580588763056837",
      "created_at": "Thu Dec 29 21:47:53 +0000 2022",
      "favorited": false,
      "full_text": "Merry Christmas from me, Biscuit, Clyde and the Lantern. Hope your skies are clear and your bread is warm 🎄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "21",
      "id_str": "1608003402200569280",
      "truncated": false,
      "retweet_count": "1",
      "id": "1608003402200569280",
      "created_at": "Wed Dec 28 07:34:21 +0000 2022",
      "favorited": false,
      "full_text": "Midwinter sunrise over the harbour at 8:14. Light came flat and gold across the water and turned every boat orange. Then Gerald screamed. Magical and then not.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "30",
      "id_str": "1607258871299449337",
      "truncated": false,
      "retweet_count": "3",
      "id": "1607258871299449337",
      "created_at": "Mon Dec 26 06:15:51 +0000 2022",
      "favorited": false,
      "full_text": "Winter solstice tonight. The longest night of the year. Happy solstice to all the night people, the early risers, the dog walkers &amp; the people who just like the dark ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "8",
      "id_str": "1606545508269140240",
      "truncated": false,
      "retweet_count": "0",
      "id": "1606545508269140240",
      "created_at": "Sat Dec 24 07:01:12 +0000 2022",
      "favorited": false,
      "full_text": "Sold everything. Biscuit sold his charm to a man in a fleece and received half a sausage roll. We both had a good day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "175"
      ],
      "favorite_count": "39",
      "id_str": "1606427098872415054",
      "truncated": false,
      "retweet_count": "2",
      "id": "1606427098872415054",
      "created_at": "Fri Dec 23 23:10:41 +0000 2022",
      "favorited": false,
      "full_text": "Baking for the Christmas market is an endurance sport. Six batches of cardamom buns, four rye, three stollen-ish things I refuse to call stollen because my nan would haunt me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "35",
      "id_str": "1605984356532435654",
      "truncated": false,
      "retweet_count": "4",
      "id": "1605984356532435654",
      "created_at": "Thu Dec 22 17:51:23 +0000 2022",
      "favorited": false,
      "full_text": "@nightowl_priya did you catch the occultation? tell me the city clouds behaved for once",
      "lang": "en",
      "in_reply_to_status_id_str": "1605951137645009244",
      "in_reply_to_user_id_str": "739397020173787475",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1605951137645009244",
      "in_reply_to_user_id": "739397020173787475"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "30",
      "id_str": "1605461695920215519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1605461695920215519",
      "created_at": "Wed Dec 21 07:14:31 +0000 2022",
      "favorited": false,
      "full_text": "The Moon occulted Mars tonight and I watched the little red planet slide behind the lunar edge like a coin into a pocket. Gone. Then an hour later, back out the other side. Magic.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "21",
      "id_str": "1604656326637346394",
      "truncated": false,
      "retweet_count": "2",
      "id": "1604656326637346394",
      "created_at": "Mon Dec 19 01:54:16 +0000 2022",
      "favorited": false,
      "full_text": "Also the last one was a huge slow fireball going right over the lighthouse and I shouted \"THANK YOU\" at it. I do not know who I was thanking.",
      "lang": "en",
      "in_reply_to_status_id_str": "1604594028642754060",
      "in_reply_to_user_id_str": "1509612345678901248",
      "in_reply_to_screen_name": "maraquill_sky",
      "in_reply_to_status_id": "1604594028642754060",
      "in_reply_to_user_id": "1509612345678901248"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Geminids",
            "indices": [
              "112",
              "121"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "19",
      "id_str": "1604594028642754060",
      "truncated": false,
      "retweet_count": "5",
      "id": "1604594028642754060",
      "created_at": "Sun Dec 18 21:46:43 +0000 2022",
      "favorited": false,
      "full_text": "Geminid tally: 41 meteors in an hour and a half, then my flask ran out and I ran out. Fingers numb, heart full. #Geminids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Geminids",
            "indices": [
              "167",
              "176"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "0",
      "id_str": "1603877813484060116",
      "truncated": false,
      "retweet_count": "1",
      "id": "1603877813484060116",
      "created_at": "Fri Dec 16 22:20:44 +0000 2022",
      "favorited": false,
      "full_text": "Geminids peak this week, and they're the best shower of the year. Slow, bright, sometimes yellow or green. Wrap up and look up after 9pm, no need to wait until dawn 🌠 #Geminids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "0",
      "id_str": "1603079461273779189",
      "truncated": false,
      "retweet_count": "2",
      "id": "1603079461273779189",
      "created_at": "Wed Dec 14 17:28:22 +0000 2022",
      "favorited": false,
      "full_text": "First snow forecast in years and I'm torn between \"stargazing will be gorgeous\" and \"I have not bought a proper coat since 2014\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "26",
      "id_str": "1602800732996119774",
      "truncated": false,
      "retweet_count": "4",
      "id": "1602800732996119774",
      "created_at": "Tue Dec 13 23:00:48 +0000 2022",
      "favorited": false,
      "full_text": "astronomer-in-residence 🥹 I'm putting that on my business cards. I don't have business cards. I'm getting business cards.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1602202499413768811",
      "truncated": false,
      "retweet_count": "4",
      "id": "1602202499413768811",
      "created_at": "Mon Dec 12 07:23:38 +0000 2022",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: New display in the foyer: \"Look Up!\" — books about the night sky for all ages, curated by our very own astronomer-in-residence.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "29",
      "id_str": "1601572644979313517",
      "truncated": false,
      "retweet_count": "1",
      "id": "1601572644979313517",
      "created_at": "Sat Dec 10 13:40:49 +0000 2022",
      "favorited": false,
      "full_text": "@gullhaven_lib our stargazing book display is ready! I snuck a copy of my favourite one in twice, don't tell anyone",
      "lang": "en",
      "in_reply_to_status_id_str": "1601555783873815859",
      "in_reply_to_user_id_str": "829958205767879189",
      "in_reply_to_screen_name": "gullhaven_lib",
      "in_reply_to_status_id": "1601555783873815859",
      "in_reply_to_user_id": "829958205767879189"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "192"
      ],
      "favorite_count": "38",
      "id_str": "1601329257904966498",
      "truncated": false,
      "retweet_count": "0",
      "id": "1601329257904966498",
      "created_at": "Fri Dec 09 21:33:41 +0000 2022",
      "favorited": false,
      "full_text": "The Orion Nebula through even small binoculars is a soft glow under the belt. Through the Lantern it's wings of grey mist with four baby stars in the middle. A nursery. A literal star nursery!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "34",
      "id_str": "1600421841207386912",
      "truncated": false,
      "retweet_count": "2",
      "id": "1600421841207386912",
      "created_at": "Wed Dec 07 09:27:56 +0000 2022",
      "favorited": false,
      "full_text": "Orion is back in the evening sky. Every year he comes up over the harbour sideways like he's climbing out of the sea. Welcome home, bold fellow.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "12",
      "id_str": "1600018462408351332",
      "truncated": false,
      "retweet_count": "1",
      "id": "1600018462408351332",
      "created_at": "Tue Dec 06 06:45:03 +0000 2022",
      "favorited": false,
      "full_text": "Winter bake list:\n- rye with caraway\n- a dark treacle loaf\n- cardamom buns\n- the cheese &amp; onion one everyone fights over\n- something with dates (the fruit, not the romantic kind)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "0",
      "id_str": "1599308857474491831",
      "truncated": false,
      "retweet_count": "1",
      "id": "1599308857474491831",
      "created_at": "Sun Dec 04 07:45:20 +0000 2022",
      "favorited": false,
      "full_text": "Found an old star atlas in the library basement during inventory. Handwritten notes in the margins from someone in the 1960s: \"saw it!!\" next to the Crab Nebula. Whoever you were, me too, friend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "25",
      "id_str": "1599152141500779466",
      "truncated": false,
      "retweet_count": "1",
      "id": "1599152141500779466",
      "created_at": "Sat Dec 03 21:22:36 +0000 2022",
      "favorited": false,
      "full_text": "Frost on the telescope tube tonight like sugar on a bun. Beautiful, but my fingers have filed a complaint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "3",
      "id_str": "1598233236601278699",
      "truncated": false,
      "retweet_count": "1",
      "id": "1598233236601278699",
      "created_at": "Thu Dec 01 08:31:12 +0000 2022",
      "favorited": false,
      "full_text": "Tried to explain to my mum that a \"light year\" is a distance, not a time. She said \"well that's silly\" and she's not wrong.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "astronomy",
            "indices": [
              "0",
              "10"
            ]
          },
          {
            "text": "sourdough",
            "indices": [
              "11",
              "21"
            ]
          },
          {
            "text": "gullhaven",
            "indices": [
              "22",
              "32"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/69WDyqOYJ3",
            "expanded_url": "https://example.com/69wdyqoyj3",
            "display_url": "example.com/…",
            "indices": [
              "33",
              "56"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "15",
      "id_str": "1598061370801814409",
      "truncated": false,
      "retweet_count": "2",
      "id": "1598061370801814409",
      "created_at": "Wed Nov 30 21:08:16 +0000 2022",
      "favorited": false,
      "full_text": "#astronomy #sourdough #gullhaven https://t.co/69WDyqOYJ3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "22",
              "37"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "16",
      "id_str": "1597640472392920318",
      "truncated": false,
      "retweet_count": "2",
      "id": "1597640472392920318",
      "created_at": "Tue Nov 29 17:15:46 +0000 2022",
      "favorited": false,
      "full_text": "Gerald is banned from @harbourcafe_gh. I'd like that in writing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "0",
      "id_str": "1596478197203581075",
      "truncated": false,
      "retweet_count": "3",
      "id": "1596478197203581075",
      "created_at": "Sat Nov 26 12:17:18 +0000 2022",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: We now stock cinnamon knots on Saturdays, supplied by a certain local baker who also looks at stars. Get there before Gerald does.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "17",
      "id_str": "1596222327882721331",
      "truncated": false,
      "retweet_count": "0",
      "id": "1596222327882721331",
      "created_at": "Fri Nov 25 19:20:34 +0000 2022",
      "favorited": false,
      "full_text": "My favourite kind of loaf is the one you slice while it's still a bit too warm and you know you shouldn't and you do anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "8",
      "id_str": "1595330581099981240",
      "truncated": false,
      "retweet_count": "5",
      "id": "1595330581099981240",
      "created_at": "Wed Nov 23 08:17:05 +0000 2022",
      "favorited": false,
      "full_text": "A child checking out books handed me a drawing of a rocket \"for the library.\" It's now taped to the front desk. We are a rocket library now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "7",
      "id_str": "1594859204245538330",
      "truncated": false,
      "retweet_count": "4",
      "id": "1594859204245538330",
      "created_at": "Tue Nov 22 01:04:00 +0000 2022",
      "favorited": false,
      "full_text": "UPDATE: the clouds broke for about ninety seconds near the end and I saw a red sliver of Moon through a gap. Worth the cold. Always worth the cold.",
      "lang": "en",
      "in_reply_to_status_id_str": "1594414624801015162",
      "in_reply_to_user_id_str": "1509612345678901248",
      "in_reply_to_screen_name": "maraquill_sky",
      "in_reply_to_status_id": "1594414624801015162",
      "in_reply_to_user_id": "1509612345678901248"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "17",
      "id_str": "1594414624801015162",
      "truncated": false,
      "retweet_count": "5",
      "id": "1594414624801015162",
      "created_at": "Sun Nov 20 19:37:24 +0000 2022",
      "favorited": false,
      "full_text": "@tidepool_tom yes that was me. yes it was cold. no I don't want to talk about it",
      "lang": "en",
      "in_reply_to_status_id_str": "1594397512037651581",
      "in_reply_to_user_id_str": "361897753302244102",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1594397512037651581",
      "in_reply_to_user_id": "361897753302244102"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "21",
      "id_str": "1593940458731455861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1593940458731455861",
      "created_at": "Sat Nov 19 12:13:14 +0000 2022",
      "favorited": false,
      "full_text": "Eclipse morning. Thick cloud. I stood in the garden in my dressing gown for forty minutes anyway. I saw nothing. I regret nothing. Well, a little.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "31",
      "id_str": "1593504674741402768",
      "truncated": false,
      "retweet_count": "4",
      "id": "1593504674741402768",
      "created_at": "Fri Nov 18 07:21:35 +0000 2022",
      "favorited": false,
      "full_text": "Total lunar eclipse next week! The Moon goes a coppery red when the Earth's shadow covers it. It's the light of every sunrise &amp; sunset on Earth at once, bent onto the Moon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "28",
      "id_str": "1592863751536187817",
      "truncated": false,
      "retweet_count": "1",
      "id": "1592863751536187817",
      "created_at": "Wed Nov 16 12:54:47 +0000 2022",
      "favorited": false,
      "full_text": "Tonight's plan:\n1. feed Clyde\n2. walk Biscuit\n3. check the cloud forecast\n4. ignore the cloud forecast\n5. go outside anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "39",
      "id_str": "1592598830906839448",
      "truncated": false,
      "retweet_count": "4",
      "id": "1592598830906839448",
      "created_at": "Tue Nov 15 19:22:05 +0000 2022",
      "favorited": false,
      "full_text": "I love how library regulars have their own chairs. Mr. Okonkwo has the armchair by the radiator. The crossword lady has the window seat. I'd fight a stranger for them.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "11",
      "id_str": "1592279266884266955",
      "truncated": false,
      "retweet_count": "1",
      "id": "1592279266884266955",
      "created_at": "Mon Nov 14 22:12:15 +0000 2022",
      "favorited": false,
      "full_text": "Wet Saturday at the market. My banneton of rye blew off the table, did a full somersault and landed upright. The crowd applauded. I bowed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "35",
      "id_str": "1591245060568573089",
      "truncated": false,
      "retweet_count": "3",
      "id": "1591245060568573089",
      "created_at": "Sat Nov 12 01:42:41 +0000 2022",
      "favorited": false,
      "full_text": "Clocks went back. Darkness at five o'clock. Everyone's complaining and I'm over here setting up the telescope before dinner like it's Christmas.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "27",
      "id_str": "1590835063158713415",
      "truncated": false,
      "retweet_count": "1",
      "id": "1590835063158713415",
      "created_at": "Thu Nov 10 22:33:30 +0000 2022",
      "favorited": false,
      "full_text": "@nightowl_priya happened to me once! the officer ended up looking at Saturn and asked if he could come back on his day off",
      "lang": "en",
      "in_reply_to_status_id_str": "1590790016335615648",
      "in_reply_to_user_id_str": "881643552145701139",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1590790016335615648",
      "in_reply_to_user_id": "881643552145701139"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "0",
      "id_str": "1589886684887415632",
      "truncated": false,
      "retweet_count": "0",
      "id": "1589886684887415632",
      "created_at": "Tue Nov 08 07:44:59 +0000 2022",
      "favorited": false,
      "full_text": "RT @nightowl_priya: If you see someone in a field at 2am with a red torch, they're probably an astronomer. Please don't call the police again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "10",
      "id_str": "1589669302499952261",
      "truncated": false,
      "retweet_count": "2",
      "id": "1589669302499952261",
      "created_at": "Mon Nov 07 17:21:11 +0000 2022",
      "favorited": false,
      "full_text": "Caught Mars at 200x tonight during a few seconds of steady air. A dark smudge that might have been a desert &amp; a bright white polar cap. I held my breath the whole time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "2",
      "id_str": "1589347448389286290",
      "truncated": false,
      "retweet_count": "0",
      "id": "1589347448389286290",
      "created_at": "Sun Nov 06 20:02:15 +0000 2022",
      "favorited": false,
      "full_text": "Mars is getting bright in the east after 10pm. That orange dot that doesn't twinkle? That's another planet. That's a whole other world. Wave.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "20",
      "id_str": "1588887475846594846",
      "truncated": false,
      "retweet_count": "3",
      "id": "1588887475846594846",
      "created_at": "Sat Nov 05 13:34:29 +0000 2022",
      "favorited": false,
      "full_text": "Someone left a note in the library suggestion box that just said \"more books about whales.\" Noted. Respected. Doing it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "38",
      "id_str": "1588145964843849364",
      "truncated": false,
      "retweet_count": "4",
      "id": "1588145964843849364",
      "created_at": "Thu Nov 03 12:27:59 +0000 2022",
      "favorited": false,
      "full_text": "Longer autolyse report: the dough was silky, the crumb was open, the crust was thin and glassy. You were right. Don't let it go to your head.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "35",
      "id_str": "1587736261033070711",
      "truncated": false,
      "retweet_count": "1",
      "id": "1587736261033070711",
      "created_at": "Wed Nov 02 09:19:58 +0000 2022",
      "favorited": false,
      "full_text": "@crumbandcrust_ you're right, I should try a longer autolyse. Will report back with crumb shots",
      "lang": "en",
      "in_reply_to_status_id_str": "1587725943046297736",
      "in_reply_to_user_id_str": "405340719168363472",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1587725943046297736",
      "in_reply_to_user_id": "405340719168363472"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "201"
      ],
      "favorite_count": "0",
      "id_str": "1587194457620770683",
      "truncated": false,
      "retweet_count": "2",
      "id": "1587194457620770683",
      "created_at": "Mon Oct 31 21:27:02 +0000 2022",
      "favorited": false,
      "full_text": "Three-seed loaf for the market this week: sunflower, pumpkin and flax. Toasted first, soaked overnight. Makes the crust sing when it comes out of the oven. (It actually crackles. Listen to your bread.)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "11",
      "id_str": "1586631061929854172",
      "truncated": false,
      "retweet_count": "3",
      "id": "1586631061929854172",
      "created_at": "Sun Oct 30 08:08:18 +0000 2022",
      "favorited": false,
      "full_text": "clouds. again.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "160"
      ],
      "favorite_count": "9",
      "id_str": "1586116185945100325",
      "truncated": false,
      "retweet_count": "4",
      "id": "1586116185945100325",
      "created_at": "Fri Oct 28 22:02:22 +0000 2022",
      "favorited": false,
      "full_text": "The Orionids are tonight, friends! Bits of Halley's Comet hitting the atmosphere at 66 km per second. Go say hi to the comet that's out near Neptune right now 🌠",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "13",
      "id_str": "1585624940672252156",
      "truncated": false,
      "retweet_count": "0",
      "id": "1585624940672252156",
      "created_at": "Thu Oct 27 13:30:20 +0000 2022",
      "favorited": false,
      "full_text": "There is a specific kind of quiet at 3am in a frosty field. No wind, no cars, just the creak of the telescope and your own breathing. I'd bottle it if I could.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "8",
      "id_str": "1584791406642127638",
      "truncated": false,
      "retweet_count": "5",
      "id": "1584791406642127638",
      "created_at": "Tue Oct 25 06:18:10 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit ate a crust off the cooling rack and then looked at me like I had put it there for him. Technically I had. Just not for him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "24",
      "id_str": "1584593464851337512",
      "truncated": false,
      "retweet_count": "3",
      "id": "1584593464851337512",
      "created_at": "Mon Oct 24 17:11:37 +0000 2022",
      "favorited": false,
      "full_text": "@kit_clearskies next time we need a second table just for the cocoa",
      "lang": "en",
      "in_reply_to_status_id_str": "1584573583849472109",
      "in_reply_to_user_id_str": "111792829378012857",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1584573583849472109",
      "in_reply_to_user_id": "111792829378012857"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "8",
      "id_str": "1583902772032510621",
      "truncated": false,
      "retweet_count": "1",
      "id": "1583902772032510621",
      "created_at": "Sat Oct 22 19:27:03 +0000 2022",
      "favorited": false,
      "full_text": "Open night was a joy. 38 people, lots of kids, one grandad who saw Saturn for the first time at 81 and said \"well I'll be.\" I'll be too, sir. I'll be too.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "10",
      "id_str": "1583559204012235738",
      "truncated": false,
      "retweet_count": "5",
      "id": "1583559204012235738",
      "created_at": "Fri Oct 21 20:41:50 +0000 2022",
      "favorited": false,
      "full_text": "I'll be there with the Lantern and probably too many cinnamon knots. Come say hello!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1582831320300849653",
      "truncated": false,
      "retweet_count": "1",
      "id": "1582831320300849653",
      "created_at": "Wed Oct 19 20:29:29 +0000 2022",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Gullhaven Astronomy Club open night on the 24th! Bring a flask, bring a friend, bring your questions. We bring the telescopes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "39",
      "id_str": "1581905721292131230",
      "truncated": false,
      "retweet_count": "5",
      "id": "1581905721292131230",
      "created_at": "Mon Oct 17 07:11:29 +0000 2022",
      "favorited": false,
      "full_text": "Kneading is a cheap form of therapy &amp; I will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "210"
      ],
      "favorite_count": "18",
      "id_str": "1581810925829761153",
      "truncated": false,
      "retweet_count": "3",
      "id": "1581810925829761153",
      "created_at": "Mon Oct 17 00:54:48 +0000 2022",
      "favorited": false,
      "full_text": "The library got a donation of a globe of the Moon. It's been sitting on the front desk and people spin it while they wait. I've started pointing out the Apollo landing sites to anyone who stops. No one is safe.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "31",
      "id_str": "1581390954362348800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1581390954362348800",
      "created_at": "Sat Oct 15 21:05:59 +0000 2022",
      "favorited": false,
      "full_text": "@kit_clearskies I saw the Cassini division!!! for like 4 seconds but it COUNTS",
      "lang": "en",
      "in_reply_to_status_id_str": "1581379881402674384",
      "in_reply_to_user_id_str": "270060710374148228",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1581379881402674384",
      "in_reply_to_user_id": "270060710374148228"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "184"
      ],
      "favorite_count": "4",
      "id_str": "1581064247443666006",
      "truncated": false,
      "retweet_count": "3",
      "id": "1581064247443666006",
      "created_at": "Fri Oct 14 23:27:46 +0000 2022",
      "favorited": false,
      "full_text": "Gave the ten o'clock deadline a try, the air settled at 9:58. Saturn sharp as a pin. The Cassini division, a thin black line in the rings, showed for a few seconds. Patience, rewarded.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "187"
      ],
      "favorite_count": "33",
      "id_str": "1579988400078985537",
      "truncated": false,
      "retweet_count": "1",
      "id": "1579988400078985537",
      "created_at": "Wed Oct 12 00:12:44 +0000 2022",
      "favorited": false,
      "full_text": "The Lantern's been out in the garden cooling for an hour and the seeing is terrible. Stars boiling like porridge. I'll give it till ten and then it's cocoa, bed &amp; a book about comets.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "10",
      "id_str": "1579578562052075697",
      "truncated": false,
      "retweet_count": "2",
      "id": "1579578562052075697",
      "created_at": "Mon Oct 10 21:04:11 +0000 2022",
      "favorited": false,
      "full_text": "Bread, a short story:\nDay 1: feed Clyde.\nDay 2: mix, fold, fold, fold, shape, fridge.\nDay 3: bake, wait, slice, butter, sigh.\nThe end.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "18",
      "id_str": "1578997466396503118",
      "truncated": false,
      "retweet_count": "5",
      "id": "1578997466396503118",
      "created_at": "Sun Oct 09 06:35:07 +0000 2022",
      "favorited": false,
      "full_text": "Walked Biscuit past the primary school and a whole class shouted \"STAR LADY!\" through the railings. I've never felt so famous. Biscuit thinks it was for him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "193"
      ],
      "favorite_count": "37",
      "id_str": "1578486050715542087",
      "truncated": false,
      "retweet_count": "3",
      "id": "1578486050715542087",
      "created_at": "Fri Oct 07 20:42:56 +0000 2022",
      "favorited": false,
      "full_text": "Practised my \"what's that star\" talk for the next open night. It has a part where I point at Betelgeuse and say it might explode any day now. \"Any day\" meaning in the next 100,000 years. Drama!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "26",
      "id_str": "1577588796815711382",
      "truncated": false,
      "retweet_count": "5",
      "id": "1577588796815711382",
      "created_at": "Wed Oct 05 09:17:34 +0000 2022",
      "favorited": false,
      "full_text": "@nightowl_priya I'd like that in writing. oh wait it is",
      "lang": "en",
      "in_reply_to_status_id_str": "1577556081245852682",
      "in_reply_to_user_id_str": "669315539572657725",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1577556081245852682",
      "in_reply_to_user_id": "669315539572657725"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "0",
      "id_str": "1577539958339691676",
      "truncated": false,
      "retweet_count": "3",
      "id": "1577539958339691676",
      "created_at": "Wed Oct 05 06:03:30 +0000 2022",
      "favorited": false,
      "full_text": "RT @nightowl_priya: Hot take: binoculars are the most underrated astronomy tool. Cheap, quick, wide view, no setup. Mara has been right about this the whole time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "8",
      "id_str": "1576564195456638855",
      "truncated": false,
      "retweet_count": "4",
      "id": "1576564195456638855",
      "created_at": "Sun Oct 02 13:26:10 +0000 2022",
      "favorited": false,
      "full_text": "The Double Cluster in Perseus tonight: two sparkling handfuls of stars side by side. Easy in binoculars, glorious in a telescope. My favourite thing nobody has heard of.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/OpMNv5ZSkV",
            "expanded_url": "https://example.com/opmnv5zskv",
            "display_url": "example.com/…",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "21",
      "id_str": "1576338046974433586",
      "truncated": false,
      "retweet_count": "1",
      "id": "1576338046974433586",
      "created_at": "Sat Oct 01 22:27:32 +0000 2022",
      "favorited": false,
      "full_text": "https://t.co/OpMNv5ZSkV Gerald survived the storm. I saw him this morning on the harbour wall, looking smug. Nothing can kill Gerald. He'll outlive us all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "194"
      ],
      "favorite_count": "3",
      "id_str": "1575367430504646601",
      "truncated": false,
      "retweet_count": "2",
      "id": "1575367430504646601",
      "created_at": "Thu Sep 29 06:10:39 +0000 2022",
      "favorited": false,
      "full_text": "Storm warning for tonight. Brought the telescope in, tied down the bins, put the loaves in the oven. Now I'm sitting with a candle and a book while the wind tries to take the roof. Cosy, mostly.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "crumbandcrust_",
            "screen_name": "crumbandcrust_",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "20",
      "id_str": "1575049363848684035",
      "truncated": false,
      "retweet_count": "2",
      "id": "1575049363848684035",
      "created_at": "Wed Sep 28 09:06:46 +0000 2022",
      "favorited": false,
      "full_text": "@crumbandcrust_ the apple loaf is a success! grated apple in the dough, a bit of cinnamon, walnut crumble on top. tastes like October",
      "lang": "en",
      "in_reply_to_status_id_str": "1575044582340045106",
      "in_reply_to_user_id_str": "807711406860561908",
      "in_reply_to_screen_name": "crumbandcrust_",
      "in_reply_to_status_id": "1575044582340045106",
      "in_reply_to_user_id": "807711406860561908"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "38",
      "id_str": "1574913158019399656",
      "truncated": false,
      "retweet_count": "3",
      "id": "1574913158019399656",
      "created_at": "Wed Sep 28 00:05:32 +0000 2022",
      "favorited": false,
      "full_text": "Everything I know about patience I learned from a jar of flour and water. Everything I know about wonder I learned from a field at midnight.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "28",
      "id_str": "1574285094548733415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1574285094548733415",
      "created_at": "Mon Sep 26 06:29:50 +0000 2022",
      "favorited": false,
      "full_text": "Met a woman at the clinic who's been trying to see Saturn for thirty years. We found it in her telescope in five minutes. She just kept saying \"it's got its rings on.\" It does. It always has.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "213"
      ],
      "favorite_count": "26",
      "id_str": "1573805496859505766",
      "truncated": false,
      "retweet_count": "5",
      "id": "1573805496859505766",
      "created_at": "Sat Sep 24 22:44:05 +0000 2022",
      "favorited": false,
      "full_text": "Twelve people brought telescopes to the clinic. One was a brass antique from someone's grandad. We cleaned the lens, pointed it at the church weathervane, and everyone gasped. Sometimes you just need a clean lens.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "0",
      "id_str": "1573210413203102448",
      "truncated": false,
      "retweet_count": "3",
      "id": "1573210413203102448",
      "created_at": "Fri Sep 23 07:19:26 +0000 2022",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Telescope clinic this Sunday at the village hall! Bring your dusty old scope from the loft and we'll help you get it working. No judgement, lots of tea.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "167"
      ],
      "favorite_count": "26",
      "id_str": "1572478079333670087",
      "truncated": false,
      "retweet_count": "1",
      "id": "1572478079333670087",
      "created_at": "Wed Sep 21 06:49:24 +0000 2022",
      "favorited": false,
      "full_text": "The smell of the library after the radiators come on for the first time in autumn: dust, old paper, warm metal. Like the whole building is yawning after a long summer.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "197"
      ],
      "favorite_count": "1",
      "id_str": "1571993914047207876",
      "truncated": false,
      "retweet_count": "2",
      "id": "1571993914047207876",
      "created_at": "Mon Sep 19 22:45:30 +0000 2022",
      "favorited": false,
      "full_text": "Andromeda tip for beginners: find the big square of Pegasus, hop two stars along the left edge, then turn up. It's a fuzzy patch, not a spiral poster. It's still the best thing you'll see all year.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "172"
      ],
      "favorite_count": "9",
      "id_str": "1571606280664253861",
      "truncated": false,
      "retweet_count": "4",
      "id": "1571606280664253861",
      "created_at": "Sun Sep 18 21:05:11 +0000 2022",
      "favorited": false,
      "full_text": "First proper autumn night. Put the Lantern on Andromeda and just sat with it. A faint oval glow, a whole galaxy, a trillion suns, sitting next to a cup of cocoa going cold.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "34",
      "id_str": "1570761203906803355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1570761203906803355",
      "created_at": "Fri Sep 16 13:07:09 +0000 2022",
      "favorited": false,
      "full_text": "Autumn is coming. I can tell because Clyde is slowing down and I'm speeding up. Long dark evenings, here we go ✨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "4",
      "id_str": "1570161527485849515",
      "truncated": false,
      "retweet_count": "4",
      "id": "1570161527485849515",
      "created_at": "Wed Sep 14 21:24:15 +0000 2022",
      "favorited": false,
      "full_text": "Watched the ISS with the next door kids. They waved. It's important to wave.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "163"
      ],
      "favorite_count": "9",
      "id_str": "1569979503081811999",
      "truncated": false,
      "retweet_count": "3",
      "id": "1569979503081811999",
      "created_at": "Wed Sep 14 09:20:57 +0000 2022",
      "favorited": false,
      "full_text": "ISS pass at 9:52 tonight, going west to east, bright as anything. If you've never seen it, this is your sign. Six people up there right now, waving (probably not).",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "35"
      ],
      "favorite_count": "27",
      "id_str": "1568891496429256161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1568891496429256161",
      "created_at": "Sun Sep 11 09:17:36 +0000 2022",
      "favorited": false,
      "full_text": "@juniper_reads no you hang up first",
      "lang": "en",
      "in_reply_to_status_id_str": "1568881933417768776",
      "in_reply_to_user_id_str": "224731265331579170",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1568881933417768776",
      "in_reply_to_user_id": "224731265331579170"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "24",
      "id_str": "1568717155991311205",
      "truncated": false,
      "retweet_count": "2",
      "id": "1568717155991311205",
      "created_at": "Sat Sep 10 21:44:50 +0000 2022",
      "favorited": false,
      "full_text": "Hazy sky tonight but the Moon looked like it had been dipped in honey. Sometimes the bad nights are the pretty ones.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "195"
      ],
      "favorite_count": "28",
      "id_str": "1567853729152992612",
      "truncated": false,
      "retweet_count": "3",
      "id": "1567853729152992612",
      "created_at": "Thu Sep 08 12:33:53 +0000 2022",
      "favorited": false,
      "full_text": "A woman came to the library looking for a book she read as a girl, only remembered \"a lighthouse and a dog who could talk.\" We found it in the stacks, first edition. She cried. I cried. Good day.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "26",
      "id_str": "1567125052717296242",
      "truncated": false,
      "retweet_count": "2",
      "id": "1567125052717296242",
      "created_at": "Tue Sep 06 12:18:23 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit has figured out that the sound of the telescope case opening means \"we're going outside to the field with the cocoa.\" He is ready before I am.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "25",
      "id_str": "1566243082860125975",
      "truncated": false,
      "retweet_count": "3",
      "id": "1566243082860125975",
      "created_at": "Sun Sep 04 01:53:45 +0000 2022",
      "favorited": false,
      "full_text": "Cloudy. Bake day. Those are the rules.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "179"
      ],
      "favorite_count": "30",
      "id_str": "1565595713012393608",
      "truncated": false,
      "retweet_count": "3",
      "id": "1565595713012393608",
      "created_at": "Fri Sep 02 07:01:20 +0000 2022",
      "favorited": false,
      "full_text": "The thing about bread is it teaches you to notice. How the dough feels, how the kitchen smells, what the weather is doing. Astronomy is the same. Both are mostly paying attention.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "14",
      "id_str": "1565487269281065784",
      "truncated": false,
      "retweet_count": "0",
      "id": "1565487269281065784",
      "created_at": "Thu Sep 01 23:50:25 +0000 2022",
      "favorited": false,
      "full_text": "@darksky_coast my favourite part was the tiny boy who said \"ooh\" every time anyone else did, just to be safe",
      "lang": "en",
      "in_reply_to_status_id_str": "1565437189291302774",
      "in_reply_to_user_id_str": "326794654975256127",
      "in_reply_to_screen_name": "darksky_coast",
      "in_reply_to_status_id": "1565437189291302774",
      "in_reply_to_user_id": "326794654975256127"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "0",
      "id_str": "1564747297588034787",
      "truncated": false,
      "retweet_count": "0",
      "id": "1564747297588034787",
      "created_at": "Tue Aug 30 22:50:02 +0000 2022",
      "favorited": false,
      "full_text": "RT @darksky_coast: Perseid watch party recap: 61 people on the beach, 1 very old telescope, countless \"ooh\"s. Thank you all for keeping your torches red!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "9",
      "id_str": "1564372821738253314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1564372821738253314",
      "created_at": "Mon Aug 29 22:02:00 +0000 2022",
      "favorited": false,
      "full_text": "Made a peach &amp; thyme focaccia for the market and three different people asked if it was a pizza. It can be whatever you need it to be.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Perseids",
            "indices": [
              "0",
              "9"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/DgS65KOEyv",
            "expanded_url": "https://example.com/dgs65koeyv",
            "display_url": "example.com/…",
            "indices": [
              "10",
              "33"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "33"
      ],
      "favorite_count": "19",
      "id_str": "1563067441085706332",
      "truncated": false,
      "retweet_count": "3",
      "id": "1563067441085706332",
      "created_at": "Fri Aug 26 07:34:53 +0000 2022",
      "favorited": false,
      "full_text": "#Perseids https://t.co/DgS65KOEyv",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "19",
      "id_str": "1562189795555610378",
      "truncated": false,
      "retweet_count": "0",
      "id": "1562189795555610378",
      "created_at": "Tue Aug 23 21:27:26 +0000 2022",
      "favorited": false,
      "full_text": "Bonus: a fireball at 2:14am that lit up the whole field green for half a second. I will be thinking about it for the rest of my life.",
      "lang": "en",
      "in_reply_to_status_id_str": "1561638366215752896",
      "in_reply_to_user_id_str": "1509612345678901248",
      "in_reply_to_screen_name": "maraquill_sky",
      "in_reply_to_status_id": "1561638366215752896",
      "in_reply_to_user_id": "1509612345678901248"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Perseids",
            "indices": [
              "132",
              "141"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "9",
      "id_str": "1561638366215752896",
      "truncated": false,
      "retweet_count": "2",
      "id": "1561638366215752896",
      "created_at": "Mon Aug 22 08:56:15 +0000 2022",
      "favorited": false,
      "full_text": "Perseid count, Saturday night: 23 meteors, 2 satellites, 1 owl, 1 hedgehog, 0 regrets. Biscuit fell asleep on my feet at meteor 14. #Perseids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Perseids",
            "indices": [
              "173",
              "182"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "182"
      ],
      "favorite_count": "34",
      "id_str": "1561131211945730861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1561131211945730861",
      "created_at": "Sat Aug 20 23:21:00 +0000 2022",
      "favorited": false,
      "full_text": "Perseids this weekend! Peak is Saturday night into Sunday morning. The Moon is bright this year, but the best ones will still punch through. Lie flat, look up, be patient 🌠 #Perseids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "13",
      "id_str": "1560184683363972722",
      "truncated": false,
      "retweet_count": "0",
      "id": "1560184683363972722",
      "created_at": "Thu Aug 18 08:39:50 +0000 2022",
      "favorited": false,
      "full_text": "Started writing the guide. Step one is \"go outside.\" Step two is \"no, further from the streetlight.\" Step three is \"wait.\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "32",
      "id_str": "1559902087938082204",
      "truncated": false,
      "retweet_count": "4",
      "id": "1559902087938082204",
      "created_at": "Wed Aug 17 13:56:54 +0000 2022",
      "favorited": false,
      "full_text": "I want to write a tiny guide for people who think they \"can't see any stars where they live.\" You can see more than you think. Give your eyes time, put your phone away, find the Moon first.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "8",
      "id_str": "1559534541079338557",
      "truncated": false,
      "retweet_count": "5",
      "id": "1559534541079338557",
      "created_at": "Tue Aug 16 13:36:24 +0000 2022",
      "favorited": false,
      "full_text": "@kit_clearskies the cow was calm. the cow understood",
      "lang": "en",
      "in_reply_to_status_id_str": "1559490500884471040",
      "in_reply_to_user_id_str": "695866516666597332",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1559490500884471040",
      "in_reply_to_user_id": "695866516666597332"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "189"
      ],
      "favorite_count": "20",
      "id_str": "1558552243469891885",
      "truncated": false,
      "retweet_count": "4",
      "id": "1558552243469891885",
      "created_at": "Sat Aug 13 20:33:06 +0000 2022",
      "favorited": false,
      "full_text": "Milky Way from the cricket field last night. My phone photo makes it look like a smudge, but in person it was a river of light arching over the church tower. One cow watched the whole time.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1558232742361623709",
      "truncated": false,
      "retweet_count": "5",
      "id": "1558232742361623709",
      "created_at": "Fri Aug 12 23:23:31 +0000 2022",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Book sale this Saturday, 9–1, in the main hall. All proceeds go to the new large-print collection.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "25",
      "id_str": "1557624400509654285",
      "truncated": false,
      "retweet_count": "3",
      "id": "1557624400509654285",
      "created_at": "Thu Aug 11 07:06:11 +0000 2022",
      "favorited": false,
      "full_text": "Library book sale this Saturday! Every paperback 50p, hardbacks £1, and I've hidden a few astronomy gems in the science box for whoever gets there first 📚",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "35",
      "id_str": "1556416059277839144",
      "truncated": false,
      "retweet_count": "5",
      "id": "1556416059277839144",
      "created_at": "Sun Aug 07 23:04:40 +0000 2022",
      "favorited": false,
      "full_text": "Is it possible to be emotionally attached to a loaf pan? Asking for me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/DCYA1Sv5HH",
            "expanded_url": "https://example.com/dcya1sv5hh",
            "display_url": "example.com/…",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "198"
      ],
      "favorite_count": "23",
      "id_str": "1555459770546688821",
      "truncated": false,
      "retweet_count": "4",
      "id": "1555459770546688821",
      "created_at": "Fri Aug 05 07:44:43 +0000 2022",
      "favorited": false,
      "full_text": "https://t.co/DCYA1Sv5HH\nThe Lantern showed me Saturn tonight. The rings! Tilted a little, creamy yellow, a tiny moon off to one side. I said \"oh\" out loud, alone in a field, like a person in a film.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "157"
      ],
      "favorite_count": "19",
      "id_str": "1555449385449930699",
      "truncated": false,
      "retweet_count": "2",
      "id": "1555449385449930699",
      "created_at": "Fri Aug 05 07:03:27 +0000 2022",
      "favorited": false,
      "full_text": "Got the old Dobsonian out for the first time in months. 8 inches of mirror and about 40 years of previous owners' fingerprints. She's called the Lantern now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "24",
      "id_str": "1554766074609384857",
      "truncated": false,
      "retweet_count": "5",
      "id": "1554766074609384857",
      "created_at": "Wed Aug 03 09:48:13 +0000 2022",
      "favorited": false,
      "full_text": "good morning ☕",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/153jamLGxZ",
            "expanded_url": "https://example.com/153jamlgxz",
            "display_url": "example.com/…",
            "indices": [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "30",
      "id_str": "1553864886451299015",
      "truncated": false,
      "retweet_count": "0",
      "id": "1553864886451299015",
      "created_at": "Sun Jul 31 22:07:13 +0000 2022",
      "favorited": false,
      "full_text": "He took the bread on the boat. https://t.co/153jamLGxZ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "19",
      "id_str": "1553141884910917257",
      "truncated": false,
      "retweet_count": "2",
      "id": "1553141884910917257",
      "created_at": "Fri Jul 29 22:14:16 +0000 2022",
      "favorited": false,
      "full_text": "@tidepool_tom please do not take the bread on the boat",
      "lang": "en",
      "in_reply_to_status_id_str": "1553087023414271264",
      "in_reply_to_user_id_str": "889499590799485578",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1553087023414271264",
      "in_reply_to_user_id": "889499590799485578"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "8",
      "id_str": "1552937844604622108",
      "truncated": false,
      "retweet_count": "0",
      "id": "1552937844604622108",
      "created_at": "Fri Jul 29 08:43:29 +0000 2022",
      "favorited": false,
      "full_text": "Tried a whole wheat loaf with honey and it came out dense enough to anchor a boat. Tom has offered to test this theory.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "186"
      ],
      "favorite_count": "33",
      "id_str": "1552220589257818522",
      "truncated": false,
      "retweet_count": "5",
      "id": "1552220589257818522",
      "created_at": "Wed Jul 27 09:13:22 +0000 2022",
      "favorited": false,
      "full_text": "Some of you asked what noctilucent clouds are: they're ice crystals forming on meteor dust about 80 km up, so high they still catch sunlight after dark. Summer only, mostly in the north.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "191"
      ],
      "favorite_count": "3",
      "id_str": "1551700973713845697",
      "truncated": false,
      "retweet_count": "3",
      "id": "1551700973713845697",
      "created_at": "Mon Jul 25 22:48:36 +0000 2022",
      "favorited": false,
      "full_text": "Noctilucent clouds!! Look north about an hour after sunset. Electric blue wisps way up at the edge of space, lit by a sun that set ages ago. Absolutely stunning tonight.\nGo outside right now.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "27",
      "id_str": "1550364261612924377",
      "truncated": false,
      "retweet_count": "3",
      "id": "1550364261612924377",
      "created_at": "Fri Jul 22 06:16:59 +0000 2022",
      "favorited": false,
      "full_text": "Derek bought the first drink and then spent an hour explaining collimation with beer mats. I understand it 70% now. Progress!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "143"
      ],
      "favorite_count": "0",
      "id_str": "1550034836783457305",
      "truncated": false,
      "retweet_count": "5",
      "id": "1550034836783457305",
      "created_at": "Thu Jul 21 08:27:58 +0000 2022",
      "favorited": false,
      "full_text": "RT @kit_clearskies: Club meeting moved to the back room of the Anchor this month, the village hall roof is leaking again. First drink on Derek.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "35",
      "id_str": "1549292902152394985",
      "truncated": false,
      "retweet_count": "1",
      "id": "1549292902152394985",
      "created_at": "Tue Jul 19 07:19:47 +0000 2022",
      "favorited": false,
      "full_text": "Biscuit has learned to open the back door. He now goes out to the telescope on his own and waits. Nobody taught him this. He is more dedicated than me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/zYImSqiDQd",
            "expanded_url": "https://example.com/zyimsqidqd",
            "display_url": "example.com/…",
            "indices": [
              "23",
              "46"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "28",
      "id_str": "1548472315933822153",
      "truncated": false,
      "retweet_count": "5",
      "id": "1548472315933822153",
      "created_at": "Sun Jul 17 00:59:04 +0000 2022",
      "favorited": false,
      "full_text": "a link, for the people https://t.co/zYImSqiDQd",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "16",
      "id_str": "1548239632728355761",
      "truncated": false,
      "retweet_count": "3",
      "id": "1548239632728355761",
      "created_at": "Sat Jul 16 09:34:28 +0000 2022",
      "favorited": false,
      "full_text": "Baked a loaf for Mr. Okonkwo's 90th. He said it was \"almost as good as my late wife's.\" I'll take almost. That's the highest praise in the world.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "153"
      ],
      "favorite_count": "29",
      "id_str": "1547728691002974816",
      "truncated": false,
      "retweet_count": "5",
      "id": "1547728691002974816",
      "created_at": "Thu Jul 14 23:44:10 +0000 2022",
      "favorited": false,
      "full_text": "Bread tip nobody asked for: salt goes in after the first rest, not at the start. It lets the flour soak up the water properly. Your crumb will thank you.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "221"
      ],
      "favorite_count": "16",
      "id_str": "1546786813902219483",
      "truncated": false,
      "retweet_count": "5",
      "id": "1546786813902219483",
      "created_at": "Tue Jul 12 09:21:29 +0000 2022",
      "favorited": false,
      "full_text": "Jupiter's moons did a little dance tonight: two of them lined up on one side, then one slipped in front of the planet and its shadow made a tiny black dot on the cloud tops. A moon shadow on another world. From my garden!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "33",
      "id_str": "1546401361557046387",
      "truncated": false,
      "retweet_count": "3",
      "id": "1546401361557046387",
      "created_at": "Mon Jul 11 07:49:50 +0000 2022",
      "favorited": false,
      "full_text": "@harbourcafe_gh what time do the Saturday cinnamon knots run out? asking for a friend (me) (the friend is me)",
      "lang": "en",
      "in_reply_to_status_id_str": "1546350778252420745",
      "in_reply_to_user_id_str": "542133074341211228",
      "in_reply_to_screen_name": "harbourcafe_gh",
      "in_reply_to_status_id": "1546350778252420745",
      "in_reply_to_user_id": "542133074341211228"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "0",
      "id_str": "1545690372504617863",
      "truncated": false,
      "retweet_count": "1",
      "id": "1545690372504617863",
      "created_at": "Sat Jul 09 08:44:37 +0000 2022",
      "favorited": false,
      "full_text": "RT @darksky_coast: Reminder: our free red-light torch swap is on this Saturday at the harbour. Bring any white torch and go home with a red one. Protect your night vision!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "204"
      ],
      "favorite_count": "27",
      "id_str": "1544953865304797740",
      "truncated": false,
      "retweet_count": "3",
      "id": "1544953865304797740",
      "created_at": "Thu Jul 07 07:58:00 +0000 2022",
      "favorited": false,
      "full_text": "Fog horn going all night. Nothing to see in the sky, so I lay in bed listening to it &amp; counting the seconds between blasts. 30 every time. Very reliable, the fog horn. More reliable than the forecast.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          },
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "14",
              "29"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "14",
      "id_str": "1544225100790886037",
      "truncated": false,
      "retweet_count": "5",
      "id": "1544225100790886037",
      "created_at": "Tue Jul 05 07:42:09 +0000 2022",
      "favorited": false,
      "full_text": "@tidepool_tom @kit_clearskies 😂😂",
      "lang": "en",
      "in_reply_to_status_id_str": "1544175020800684672",
      "in_reply_to_user_id_str": "792542196094920606",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1544175020800684672",
      "in_reply_to_user_id": "792542196094920606"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "37",
      "id_str": "1543566049805085700",
      "truncated": false,
      "retweet_count": "4",
      "id": "1543566049805085700",
      "created_at": "Sun Jul 03 12:03:19 +0000 2022",
      "favorited": false,
      "full_text": "Made a big batch of sourdough crackers with the starter discard. Rosemary, sea salt, a lot of black pepper. Gone in an afternoon. Discard is not waste, it's a snack waiting to happen.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "162"
      ],
      "favorite_count": "11",
      "id_str": "1542486427564509967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1542486427564509967",
      "created_at": "Thu Jun 30 12:33:17 +0000 2022",
      "favorited": false,
      "full_text": "Library patron of the day: a man who returns every book with a bus ticket as a bookmark and a little note saying what he thought. Today's: \"too many dukes.\" Fair.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Jcm9DkOgJb",
            "expanded_url": "https://example.com/jcm9dkogjb",
            "display_url": "example.com/…",
            "indices": [
              "76",
              "99"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "39",
      "id_str": "1542415464134550105",
      "truncated": false,
      "retweet_count": "1",
      "id": "1542415464134550105",
      "created_at": "Thu Jun 30 07:51:18 +0000 2022",
      "favorited": false,
      "full_text": "Moon photo from the back step tonight, just a phone held up to the eyepiece https://t.co/Jcm9DkOgJb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "199"
      ],
      "favorite_count": "4",
      "id_str": "1541556814609903357",
      "truncated": false,
      "retweet_count": "4",
      "id": "1541556814609903357",
      "created_at": "Mon Jun 27 22:59:20 +0000 2022",
      "favorited": false,
      "full_text": "Woke at 4am for a glimpse of Mercury low in the east before sunrise. Saw it for about three minutes, a tiny pink dot in the glow. Most people never see Mercury at all. I feel like I've won something.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "29"
      ],
      "favorite_count": "2",
      "id_str": "1541147685418948313",
      "truncated": false,
      "retweet_count": "3",
      "id": "1541147685418948313",
      "created_at": "Sun Jun 26 19:53:36 +0000 2022",
      "favorited": false,
      "full_text": "@gullhaven_lib I want a medal",
      "lang": "en",
      "in_reply_to_status_id_str": "1541095592165408213",
      "in_reply_to_user_id_str": "200051525920268407",
      "in_reply_to_screen_name": "gullhaven_lib",
      "in_reply_to_status_id": "1541095592165408213",
      "in_reply_to_user_id": "200051525920268407"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "174"
      ],
      "favorite_count": "0",
      "id_str": "1540136967208952336",
      "truncated": false,
      "retweet_count": "1",
      "id": "1540136967208952336",
      "created_at": "Fri Jun 24 00:57:22 +0000 2022",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Summer reading challenge sign-ups are open! Read 6 books over the holidays, get a medal &amp; a certificate. Adults welcome too (we know you want a medal).",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "166"
      ],
      "favorite_count": "12",
      "id_str": "1539601136483956891",
      "truncated": false,
      "retweet_count": "1",
      "id": "1539601136483956891",
      "created_at": "Wed Jun 22 13:28:10 +0000 2022",
      "favorited": false,
      "full_text": "Heatwave bake hack: mix the dough at 6am, bake at 9pm. The oven and I only meet in the cool hours. Clyde lives in the fridge door now like a very important condiment.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "15",
              "30"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "21",
      "id_str": "1539135518408500433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1539135518408500433",
      "created_at": "Tue Jun 21 06:37:58 +0000 2022",
      "favorited": false,
      "full_text": "Oh my goodness @harbourcafe_gh, I am blushing into my flour bag",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "harbourcafe_gh",
            "screen_name": "harbourcafe_gh",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "0",
      "id_str": "1538088615935693277",
      "truncated": false,
      "retweet_count": "2",
      "id": "1538088615935693277",
      "created_at": "Sat Jun 18 09:17:57 +0000 2022",
      "favorited": false,
      "full_text": "RT @harbourcafe_gh: New on the menu: Mara's sourdough toast with local butter &amp; sea salt. Yes, that Mara. Yes, it's that good.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "9",
      "id_str": "1537770356341922340",
      "truncated": false,
      "retweet_count": "2",
      "id": "1537770356341922340",
      "created_at": "Fri Jun 17 12:13:18 +0000 2022",
      "favorited": false,
      "full_text": "Short summer nights are hard on astronomers. It doesn't get properly dark until nearly midnight and then it's light again by four. I'm running on cocoa &amp; spite.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "1",
      "id_str": "1537046411080910303",
      "truncated": false,
      "retweet_count": "3",
      "id": "1537046411080910303",
      "created_at": "Wed Jun 15 12:16:36 +0000 2022",
      "favorited": false,
      "full_text": "Thinking about how the light from Andromeda left it 2.5 million years ago and it landed in my eye on a Tuesday in Gullhaven. Wild business, this universe.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "26",
      "id_str": "1536334113405252547",
      "truncated": false,
      "retweet_count": "5",
      "id": "1536334113405252547",
      "created_at": "Mon Jun 13 13:06:11 +0000 2022",
      "favorited": false,
      "full_text": "Oven thermometer says 250°C. My kitchen says 35°C. I say this is the last bake until September.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "2",
      "id_str": "1535883393499809896",
      "truncated": false,
      "retweet_count": "4",
      "id": "1535883393499809896",
      "created_at": "Sun Jun 12 07:15:11 +0000 2022",
      "favorited": false,
      "full_text": "A kid at the library asked if stars have birthdays. I said yes, some of them are being born right now in a cloud in Orion. She said \"happy birthday\" to the ceiling.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          },
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "14",
              "28"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "32"
      ],
      "favorite_count": "16",
      "id_str": "1535243963465975948",
      "truncated": false,
      "retweet_count": "1",
      "id": "1535243963465975948",
      "created_at": "Fri Jun 10 12:54:19 +0000 2022",
      "favorited": false,
      "full_text": "@tidepool_tom @juniper_reads lol",
      "lang": "en",
      "in_reply_to_status_id_str": "1535227354019854634",
      "in_reply_to_user_id_str": "765183788877235593",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1535227354019854634",
      "in_reply_to_user_id": "765183788877235593"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "168"
      ],
      "favorite_count": "7",
      "id_str": "1534794044670587612",
      "truncated": false,
      "retweet_count": "0",
      "id": "1534794044670587612",
      "created_at": "Thu Jun 09 07:06:30 +0000 2022",
      "favorited": false,
      "full_text": "Low tide this evening, so I walked out onto the sand flats after sunset. Stars above, stars reflected in the puddles below. Felt like standing in the middle of the sky.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "33",
      "id_str": "1533903526819446928",
      "truncated": false,
      "retweet_count": "4",
      "id": "1533903526819446928",
      "created_at": "Mon Jun 06 20:07:54 +0000 2022",
      "favorited": false,
      "full_text": "I have learned that you cannot rush a cold proof and you cannot rush a cloud. Both take exactly as long as they want.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "sourdough",
            "indices": [
              "0",
              "10"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/zCAwpEt2Mi",
            "expanded_url": "https://example.com/zcawpet2mi",
            "display_url": "example.com/…",
            "indices": [
              "23",
              "46"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "4",
      "id_str": "1533351405417605092",
      "truncated": false,
      "retweet_count": "5",
      "id": "1533351405417605092",
      "created_at": "Sun Jun 05 07:33:58 +0000 2022",
      "favorited": false,
      "full_text": "#sourdough crumb check https://t.co/zCAwpEt2Mi",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "35",
      "id_str": "1532298614144020267",
      "truncated": false,
      "retweet_count": "4",
      "id": "1532298614144020267",
      "created_at": "Thu Jun 02 09:50:33 +0000 2022",
      "favorited": false,
      "full_text": "Things I carry in my observing bag: red torch, star chart, flask of cocoa, two pairs of gloves, spare batteries, a biscuit (food) and a Biscuit (dog, does not fit, tries anyway).",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "30",
      "id_str": "1531635465323085137",
      "truncated": false,
      "retweet_count": "5",
      "id": "1531635465323085137",
      "created_at": "Tue May 31 13:55:26 +0000 2022",
      "favorited": false,
      "full_text": "@nightowl_priya a pea with RINGS. a perfect pea. frame it",
      "lang": "en",
      "in_reply_to_status_id_str": "1531591425130861463",
      "in_reply_to_user_id_str": "392510172713532040",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1531591425130861463",
      "in_reply_to_user_id": "392510172713532040"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1530958743729928891",
      "truncated": false,
      "retweet_count": "5",
      "id": "1530958743729928891",
      "created_at": "Sun May 29 17:06:23 +0000 2022",
      "favorited": false,
      "full_text": "RT @nightowl_priya: Took my first photo of the Ring Nebula tonight. It's the size of a pea on my screen and I've been staring at it for an hour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "15",
      "id_str": "1530816644907138363",
      "truncated": false,
      "retweet_count": "5",
      "id": "1530816644907138363",
      "created_at": "Sun May 29 07:41:44 +0000 2022",
      "favorited": false,
      "full_text": "Clyde smells like bananas today which means he is hungry and dramatic. Feeding him now, your honour.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "13",
      "id_str": "1529735584022356013",
      "truncated": false,
      "retweet_count": "5",
      "id": "1529735584022356013",
      "created_at": "Thu May 26 08:05:59 +0000 2022",
      "favorited": false,
      "full_text": "Someone returned a library book with a pressed flower in it from 1987. I'm keeping it on my desk. I feel like the flower wants to see the world.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "nightowl_priya",
            "screen_name": "nightowl_priya",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "3",
      "id_str": "1529443039706299204",
      "truncated": false,
      "retweet_count": "0",
      "id": "1529443039706299204",
      "created_at": "Wed May 25 12:43:31 +0000 2022",
      "favorited": false,
      "full_text": "@nightowl_priya it was SO bright. Biscuit barked at it",
      "lang": "en",
      "in_reply_to_status_id_str": "1529417622225292950",
      "in_reply_to_user_id_str": "614599936906107890",
      "in_reply_to_screen_name": "nightowl_priya",
      "in_reply_to_status_id": "1529417622225292950",
      "in_reply_to_user_id": "614599936906107890"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/SnIuyFVH3k",
            "expanded_url": "https://example.com/sniuyfvh3k",
            "display_url": "example.com/…",
            "indices": [
              "131",
              "154"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "9",
      "id_str": "1528913248779515410",
      "truncated": false,
      "retweet_count": "5",
      "id": "1528913248779515410",
      "created_at": "Tue May 24 01:38:19 +0000 2022",
      "favorited": false,
      "full_text": "Venus &amp; the Moon side by side before sunrise this morning. Worth setting an alarm for, worth the cold toes, worth everything ✨ https://t.co/SnIuyFVH3k",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "9",
      "id_str": "1527942019938825279",
      "truncated": false,
      "retweet_count": "1",
      "id": "1527942019938825279",
      "created_at": "Sat May 21 09:19:00 +0000 2022",
      "favorited": false,
      "full_text": "Rain all week. I've baked four loaves, read two novels and reorganised my eyepiece case by focal length. The sky owes me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "25",
      "id_str": "1527261276011644751",
      "truncated": false,
      "retweet_count": "5",
      "id": "1527261276011644751",
      "created_at": "Thu May 19 12:13:58 +0000 2022",
      "favorited": false,
      "full_text": "I understood about 60% of collimation. The other 40% was vibes and a man named Derek waving a laser.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "183"
      ],
      "favorite_count": "34",
      "id_str": "1527054782036165087",
      "truncated": false,
      "retweet_count": "4",
      "id": "1527054782036165087",
      "created_at": "Wed May 18 22:33:26 +0000 2022",
      "favorited": false,
      "full_text": "Astronomy club tonight at the village hall. We're talking about collimation, which is a fancy word for \"making the mirrors point the right way\" and I will be pretending to understand.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/0FEwA7vNiz",
            "expanded_url": "https://example.com/0fewa7vniz",
            "display_url": "example.com/…",
            "indices": [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "39",
      "id_str": "1525640206873558811",
      "truncated": false,
      "retweet_count": "0",
      "id": "1525640206873558811",
      "created_at": "Sun May 15 00:52:25 +0000 2022",
      "favorited": false,
      "full_text": "My bread has an ear today! A real ear! Crispy and proud. Photographic evidence below https://t.co/0FEwA7vNiz",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "8",
      "id_str": "1525593083870756866",
      "truncated": false,
      "retweet_count": "2",
      "id": "1525593083870756866",
      "created_at": "Sat May 14 21:45:10 +0000 2022",
      "favorited": false,
      "full_text": "Reading a 1950s guide to the constellations at work on my lunch break and the author calls Orion \"a fine, bold fellow\" and I love him for it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kit_clearskies",
            "screen_name": "kit_clearskies",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "15",
      "id_str": "1524556520356427950",
      "truncated": false,
      "retweet_count": "4",
      "id": "1524556520356427950",
      "created_at": "Thu May 12 01:06:14 +0000 2022",
      "favorited": false,
      "full_text": "@kit_clearskies the cows are fine, it's the one goat that worries me",
      "lang": "en",
      "in_reply_to_status_id_str": "1524516758356214250",
      "in_reply_to_user_id_str": "844107476405209466",
      "in_reply_to_screen_name": "kit_clearskies",
      "in_reply_to_status_id": "1524516758356214250",
      "in_reply_to_user_id": "844107476405209466"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/1Vld1EMAbr",
            "expanded_url": "https://example.com/1vld1emabr",
            "display_url": "example.com/…",
            "indices": [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "164"
      ],
      "favorite_count": "5",
      "id_str": "1524289481604317489",
      "truncated": false,
      "retweet_count": "4",
      "id": "1524289481604317489",
      "created_at": "Wed May 11 07:25:07 +0000 2022",
      "favorited": false,
      "full_text": "Made a map of the darkest spots within walking distance of my house. The winner is the cricket field behind the church. Only downside: cows. https://t.co/1Vld1EMAbr",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/kjGVuY0HlJ",
            "expanded_url": "https://example.com/kjgvuy0hlj",
            "display_url": "example.com/…",
            "indices": [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "23"
      ],
      "favorite_count": "4",
      "id_str": "1523450058767378413",
      "truncated": false,
      "retweet_count": "3",
      "id": "1523450058767378413",
      "created_at": "Sun May 08 23:49:33 +0000 2022",
      "favorited": false,
      "full_text": "https://t.co/kjGVuY0HlJ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "155"
      ],
      "favorite_count": "34",
      "id_str": "1523064354763826626",
      "truncated": false,
      "retweet_count": "5",
      "id": "1523064354763826626",
      "created_at": "Sat May 07 22:16:54 +0000 2022",
      "favorited": false,
      "full_text": "This is the best news. Gullhaven's seafront lights used to make the whole southern sky glow orange. Now we might actually see the Milky Way from the beach.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "darksky_coast",
            "screen_name": "darksky_coast",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "150"
      ],
      "favorite_count": "0",
      "id_str": "1522004982628048067",
      "truncated": false,
      "retweet_count": "3",
      "id": "1522004982628048067",
      "created_at": "Thu May 05 00:07:20 +0000 2022",
      "favorited": false,
      "full_text": "RT @darksky_coast: Our town council voted to switch the seafront lights to warm, shielded fittings. Huge win for the night sky and for the sea birds 🌌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "20",
      "id_str": "1521220039605634488",
      "truncated": false,
      "retweet_count": "3",
      "id": "1521220039605634488",
      "created_at": "Mon May 02 20:08:15 +0000 2022",
      "favorited": false,
      "full_text": "Saturday market report: sold out of the seeded loaves by 10:40, the rye by 11, and I gave the last sad misshapen one to Biscuit. He says it was not sad to him.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "159"
      ],
      "favorite_count": "3",
      "id_str": "1521013684041768224",
      "truncated": false,
      "retweet_count": "3",
      "id": "1521013684041768224",
      "created_at": "Mon May 02 06:28:16 +0000 2022",
      "favorited": false,
      "full_text": "Reminder that you don't need expensive gear to start with astronomy. A pair of old binoculars and a free star chart will show you moons around Jupiter. Really!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "34",
      "id_str": "1519947647153346800",
      "truncated": false,
      "retweet_count": "1",
      "id": "1519947647153346800",
      "created_at": "Fri Apr 29 07:52:13 +0000 2022",
      "favorited": false,
      "full_text": "Trying a new flour from the mill up the valley. It smells like hay and sunshine and it drinks water like a sponge. Clyde approves.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "juniper_reads",
            "screen_name": "juniper_reads",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "3",
      "id_str": "1519247789784815629",
      "truncated": false,
      "retweet_count": "4",
      "id": "1519247789784815629",
      "created_at": "Wed Apr 27 09:31:14 +0000 2022",
      "favorited": false,
      "full_text": "@juniper_reads I'll bring the focaccia if you bring the gossip",
      "lang": "en",
      "in_reply_to_status_id_str": "1519216080845767523",
      "in_reply_to_user_id_str": "186988600337513937",
      "in_reply_to_screen_name": "juniper_reads",
      "in_reply_to_status_id": "1519216080845767523",
      "in_reply_to_user_id": "186988600337513937"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "35",
      "id_str": "1519054931492954599",
      "truncated": false,
      "retweet_count": "1",
      "id": "1519054931492954599",
      "created_at": "Tue Apr 26 20:44:53 +0000 2022",
      "favorited": false,
      "full_text": "The Moon tonight is a thin little fingernail sitting right above the lighthouse. If you're on the coast, go look west after sunset 🌙",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "10",
      "id_str": "1518707596985225320",
      "truncated": false,
      "retweet_count": "5",
      "id": "1518707596985225320",
      "created_at": "Mon Apr 25 21:44:42 +0000 2022",
      "favorited": false,
      "full_text": "ok but why does every clear night happen on a Tuesday when I open the library at 8 the next morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "33",
      "id_str": "1517960125874998470",
      "truncated": false,
      "retweet_count": "3",
      "id": "1517960125874998470",
      "created_at": "Sat Apr 23 20:14:31 +0000 2022",
      "favorited": false,
      "full_text": "Gerald the seagull stole half a cinnamon knot out of my hand on the harbour wall this morning. We have history, Gerald and I. This is war.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "26",
      "id_str": "1516866511437692133",
      "truncated": false,
      "retweet_count": "4",
      "id": "1516866511437692133",
      "created_at": "Wed Apr 20 19:48:53 +0000 2022",
      "favorited": false,
      "full_text": "Tiny joy: the first warm evening when you can stand outside after sunset without three jumpers on.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "gullhaven_lib",
            "screen_name": "gullhaven_lib",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1516176095443800558",
      "truncated": false,
      "retweet_count": "5",
      "id": "1516176095443800558",
      "created_at": "Mon Apr 18 22:05:25 +0000 2022",
      "favorited": false,
      "full_text": "RT @gullhaven_lib: Spring reading hour is back! Thursdays at 4pm in the children's corner. Snacks provided, napping allowed.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "29",
      "id_str": "1515786713036976662",
      "truncated": false,
      "retweet_count": "5",
      "id": "1515786713036976662",
      "created_at": "Sun Apr 17 20:18:09 +0000 2022",
      "favorited": false,
      "full_text": "Library patron asked me if we had \"the book with the blue cover about the ocean.\" Friends, I found it. I found it in eleven minutes. I would like a medal.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "9",
      "id_str": "1514780193322163865",
      "truncated": false,
      "retweet_count": "1",
      "id": "1514780193322163865",
      "created_at": "Fri Apr 15 01:38:36 +0000 2022",
      "favorited": false,
      "full_text": "Today's loaf: 75% hydration, a bit of rye, scored with the Big Dipper on top because of course it was. The oven spring stretched the handle. Still counts.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tidepool_tom",
            "screen_name": "tidepool_tom",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "3",
      "id_str": "1514033141643211045",
      "truncated": false,
      "retweet_count": "4",
      "id": "1514033141643211045",
      "created_at": "Wed Apr 13 00:10:05 +0000 2022",
      "favorited": false,
      "full_text": "@tidepool_tom sorry about the yelping at 2am. it was a very good meteor",
      "lang": "en",
      "in_reply_to_status_id_str": "1514024333605563542",
      "in_reply_to_user_id_str": "615736007330582207",
      "in_reply_to_screen_name": "tidepool_tom",
      "in_reply_to_status_id": "1514024333605563542",
      "in_reply_to_user_id": "615736007330582207"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "142"
      ],
      "favorite_count": "30",
      "id_str": "1513673538797522798",
      "truncated": false,
      "retweet_count": "1",
      "id": "1513673538797522798",
      "created_at": "Tue Apr 12 00:21:09 +0000 2022",
      "favorited": false,
      "full_text": "Counted 7 Lyrids before the clouds won. Seven! One of them left a little green smoke trail and I made a noise the neighbours definitely heard.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Lyrids",
            "indices": [
              "171",
              "178"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "36",
      "id_str": "1513068925678691476",
      "truncated": false,
      "retweet_count": "2",
      "id": "1513068925678691476",
      "created_at": "Sun Apr 10 08:18:38 +0000 2022",
      "favorited": false,
      "full_text": "Lyrid meteor shower peaks this week! Best after midnight, look northeast, give your eyes a good 20 minutes to adjust. No telescope needed, just a blanket &amp; patience 🌠 #Lyrids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "4",
      "id_str": "1512232250114443416",
      "truncated": false,
      "retweet_count": "3",
      "id": "1512232250114443416",
      "created_at": "Fri Apr 08 00:53:59 +0000 2022",
      "favorited": false,
      "full_text": "The fog rolled in off the harbour at exactly the moment Jupiter cleared the rooftops. The sea has a sense of humour and it is not a kind one.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "11",
      "id_str": "1511858579571281917",
      "truncated": false,
      "retweet_count": "5",
      "id": "1511858579571281917",
      "created_at": "Thu Apr 07 00:09:09 +0000 2022",
      "favorited": false,
      "full_text": "Clyde (my sourdough starter) doubled in four hours today. He has never been this proud of himself and honestly neither have I.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "138"
      ],
      "favorite_count": "15",
      "id_str": "1511159997266212783",
      "truncated": false,
      "retweet_count": "5",
      "id": "1511159997266212783",
      "created_at": "Tue Apr 05 01:53:14 +0000 2022",
      "favorited": false,
      "full_text": "First clear night in nine days and I spent the first twenty minutes untangling the dog from the telescope tripod. Biscuit regrets nothing.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "169"
      ],
      "favorite_count": "28",
      "id_str": "1510761592914543820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1510761592914543820",
      "created_at": "Sun Apr 03 23:30:07 +0000 2022",
      "favorited": false,
      "full_text": "Hello, internet. I'm Mara. I bake bread on weekends, shelve books on weekdays, and spend every clear night in the back garden with a telescope. Let's see how this goes ✨",
      "lang": "en"
    }
  }
]
