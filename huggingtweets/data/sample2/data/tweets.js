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
        "124"
      ],
      "favorite_count": "33",
      "id_str": "1765929110600716627",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765929110600716627",
      "created_at": "Fri Mar 08 02:34:44 +0000 2024",
      "favorited": false,
      "full_text": "two years of riding and posting nonsense here. thanks for reading the nonsense. ride safe, oil your chains, buy local synths",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "94"
      ],
      "favorite_count": "11",
      "id_str": "1764502669752763505",
      "truncated": false,
      "retweet_count": "4",
      "id": "1764502669752763505",
      "created_at": "Mon Mar 04 04:06:34 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo thanks for fixing the bottom bracket. it was making noises like a dying goose",
      "lang": "en",
      "in_reply_to_status_id_str": "1764485053676237794",
      "in_reply_to_user_id_str": "491235921305989869",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1764485053676237794",
      "in_reply_to_user_id": "491235921305989869"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1762263431511271699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1762263431511271699",
      "created_at": "Mon Feb 26 23:48:38 +0000 2024",
      "favorited": false,
      "full_text": "the dispatch app added a \"courier of the month\" badge and i got it. it's a tiny gold bicycle. i'm unbearable now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "6",
      "id_str": "1759765169830012393",
      "truncated": false,
      "retweet_count": "3",
      "id": "1759765169830012393",
      "created_at": "Tue Feb 20 02:21:26 +0000 2024",
      "favorited": false,
      "full_text": "yes there's a new album. it's called \"night shift\" and it's about night shifts. creative",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "25",
      "id_str": "1758873083314928989",
      "truncated": false,
      "retweet_count": "4",
      "id": "1758873083314928989",
      "created_at": "Sat Feb 17 15:16:36 +0000 2024",
      "favorited": false,
      "full_text": "recorded the sound of ice cracking on the canal. spooky. perfect for the new album",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
        "92"
      ],
      "favorite_count": "15",
      "id_str": "1756671296011393826",
      "truncated": false,
      "retweet_count": "3",
      "id": "1756671296011393826",
      "created_at": "Sun Feb 11 13:27:29 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the banana was for a baby. the parents looked so tired. gave them a thumbs up",
      "lang": "en",
      "in_reply_to_status_id_str": "1756646130187194582",
      "in_reply_to_user_id_str": "603709017184368635",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1756646130187194582",
      "in_reply_to_user_id": "603709017184368635"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "4",
      "id_str": "1755772238560370869",
      "truncated": false,
      "retweet_count": "5",
      "id": "1755772238560370869",
      "created_at": "Fri Feb 09 01:54:57 +0000 2024",
      "favorited": false,
      "full_text": "someone ordered a single banana across the city at 3am. i respect it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1754289401100440966",
      "truncated": false,
      "retweet_count": "4",
      "id": "1754289401100440966",
      "created_at": "Sun Feb 04 23:42:41 +0000 2024",
      "favorited": false,
      "full_text": "bought studded tyres. they sound like a thousand tiny tap dancers. i am unstoppable on ice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "15",
      "id_str": "1751776459355840534",
      "truncated": false,
      "retweet_count": "5",
      "id": "1751776459355840534",
      "created_at": "Mon Jan 29 01:17:09 +0000 2024",
      "favorited": false,
      "full_text": "hot take: studded tyres are the greatest invention in history after the synth",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "29",
      "id_str": "1749600508966291172",
      "truncated": false,
      "retweet_count": "1",
      "id": "1749600508966291172",
      "created_at": "Tue Jan 23 01:10:42 +0000 2024",
      "favorited": false,
      "full_text": "first shift after the snow. slush everywhere. brick is not built for slush. neither am i",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "35",
      "id_str": "1747443458112709919",
      "truncated": false,
      "retweet_count": "4",
      "id": "1747443458112709919",
      "created_at": "Wed Jan 17 02:19:21 +0000 2024",
      "favorited": false,
      "full_text": "snowed in for two days. made three tracks and ate every noodle in the house",
      "lang": "en"
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
            "name": "unicycle_ray",
            "screen_name": "unicycle_ray",
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
        "64"
      ],
      "favorite_count": "22",
      "id_str": "1745644395298890696",
      "truncated": false,
      "retweet_count": "3",
      "id": "1745644395298890696",
      "created_at": "Fri Jan 12 03:10:31 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray no you can't ride the unicycle on the ice. ray. no",
      "lang": "en",
      "in_reply_to_status_id_str": "1745593057017589904",
      "in_reply_to_user_id_str": "484158113585366226",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1745593057017589904",
      "in_reply_to_user_id": "484158113585366226"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "14",
      "id_str": "1744504849036933586",
      "truncated": false,
      "retweet_count": "1",
      "id": "1744504849036933586",
      "created_at": "Mon Jan 08 23:42:22 +0000 2024",
      "favorited": false,
      "full_text": "the river froze at the edges tonight. first time in years. the city was so quiet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "36"
      ],
      "favorite_count": "9",
      "id_str": "1743496265725921436",
      "truncated": false,
      "retweet_count": "1",
      "id": "1743496265725921436",
      "created_at": "Sat Jan 06 04:54:37 +0000 2024",
      "favorited": false,
      "full_text": "new year new chain. old knees though",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "24",
      "id_str": "1740558285798904059",
      "truncated": false,
      "retweet_count": "3",
      "id": "1740558285798904059",
      "created_at": "Fri Dec 29 02:20:08 +0000 2023",
      "favorited": false,
      "full_text": "my hands are so cold i can't feel the brake levers. winter gloves are coming out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "23",
      "id_str": "1739456018511614152",
      "truncated": false,
      "retweet_count": "5",
      "id": "1739456018511614152",
      "created_at": "Tue Dec 26 01:20:07 +0000 2023",
      "favorited": false,
      "full_text": "halloween shift again. delivered to two ghosts and a very tall banana",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "26",
      "id_str": "1737116699981721751",
      "truncated": false,
      "retweet_count": "4",
      "id": "1737116699981721751",
      "created_at": "Tue Dec 19 14:24:30 +0000 2023",
      "favorited": false,
      "full_text": "made a track called \"depot\" about waking up at the depot. it's 9 minutes long and mostly snoring",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1736384638745227152",
      "truncated": false,
      "retweet_count": "5",
      "id": "1736384638745227152",
      "created_at": "Sun Dec 17 13:55:33 +0000 2023",
      "favorited": false,
      "full_text": "fell asleep on the night bus after the gig and woke up at the depot. the driver gave me a lift back. legend",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "74"
      ],
      "favorite_count": "29",
      "id_str": "1733317910459500306",
      "truncated": false,
      "retweet_count": "3",
      "id": "1733317910459500306",
      "created_at": "Sat Dec 09 02:49:28 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks your light show was the best part. the synth was second",
      "lang": "en",
      "in_reply_to_status_id_str": "1733272863636293846",
      "in_reply_to_user_id_str": "845787442963856275",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1733272863636293846",
      "in_reply_to_user_id": "845787442963856275"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "11",
      "id_str": "1732587833130909870",
      "truncated": false,
      "retweet_count": "0",
      "id": "1732587833130909870",
      "created_at": "Thu Dec 07 02:28:24 +0000 2023",
      "favorited": false,
      "full_text": "played the venue. sold out. well 60 people. but 60 people!!! thank you port calder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "20",
      "id_str": "1730608209722450497",
      "truncated": false,
      "retweet_count": "0",
      "id": "1730608209722450497",
      "created_at": "Fri Dec 01 15:22:05 +0000 2023",
      "favorited": false,
      "full_text": "practiced the set 14 times. the synth crashed twice. i'm fine. everything's fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "37",
      "id_str": "1728272330520572003",
      "truncated": false,
      "retweet_count": "5",
      "id": "1728272330520572003",
      "created_at": "Sat Nov 25 04:40:08 +0000 2023",
      "favorited": false,
      "full_text": "first gig in a real venue next month. i'm terrified and also very excited. mostly terrified",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "29",
      "id_str": "1726041678019319962",
      "truncated": false,
      "retweet_count": "3",
      "id": "1726041678019319962",
      "created_at": "Sun Nov 19 00:56:19 +0000 2023",
      "favorited": false,
      "full_text": "bought a proper rain cape. i look like a tent on wheels. i am dry. worth it",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
      "favorite_count": "31",
      "id_str": "1725668720506635378",
      "truncated": false,
      "retweet_count": "4",
      "id": "1725668720506635378",
      "created_at": "Sat Nov 18 00:14:19 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops why is the kid on a bus at midnight. not my business. still waved",
      "lang": "en",
      "in_reply_to_status_id_str": "1725656892570068092",
      "in_reply_to_user_id_str": "464074911789503922",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1725656892570068092",
      "in_reply_to_user_id": "464074911789503922"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "16",
      "id_str": "1722971158082635921",
      "truncated": false,
      "retweet_count": "5",
      "id": "1722971158082635921",
      "created_at": "Fri Nov 10 13:35:10 +0000 2023",
      "favorited": false,
      "full_text": "a kid waved at me from a bus window at midnight and i waved back like a lunatic. made my shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "27",
      "id_str": "1722066501235658873",
      "truncated": false,
      "retweet_count": "1",
      "id": "1722066501235658873",
      "created_at": "Wed Nov 08 01:40:23 +0000 2023",
      "favorited": false,
      "full_text": "the bridge got closed for repairs and now every route is 3 km longer. thanks i hate it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "14",
      "id_str": "1718867824344005485",
      "truncated": false,
      "retweet_count": "2",
      "id": "1718867824344005485",
      "created_at": "Mon Oct 30 05:49:59 +0000 2023",
      "favorited": false,
      "full_text": "built a synth voice that sounds like a cat meowing through a walkie talkie. can't stop playing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "23",
      "id_str": "1717315214639525027",
      "truncated": false,
      "retweet_count": "5",
      "id": "1717315214639525027",
      "created_at": "Wed Oct 25 23:00:28 +0000 2023",
      "favorited": false,
      "full_text": "autumn again. leaves again. ice rink mode again. stay safe out there",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "81"
      ],
      "favorite_count": "34",
      "id_str": "1715931803153640707",
      "truncated": false,
      "retweet_count": "3",
      "id": "1715931803153640707",
      "created_at": "Sun Oct 22 03:23:17 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes i need new brake pads no i will not buy the cheap ones again",
      "lang": "en",
      "in_reply_to_status_id_str": "1715877696635092901",
      "in_reply_to_user_id_str": "332357535842085287",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1715877696635092901",
      "in_reply_to_user_id": "332357535842085287"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "37",
      "id_str": "1712991667356091235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1712991667356091235",
      "created_at": "Sat Oct 14 00:40:14 +0000 2023",
      "favorited": false,
      "full_text": "took a break in the park at 2am. a hedgehog walked past. we nodded at each other. colleagues",
      "lang": "en"
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
            "name": "calder_couriers",
            "screen_name": "calder_couriers",
            "indices": [
              "3",
              "19"
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
      "favorite_count": "0",
      "id_str": "1711951920365284579",
      "truncated": false,
      "retweet_count": "5",
      "id": "1711951920365284579",
      "created_at": "Wed Oct 11 03:48:39 +0000 2023",
      "favorited": false,
      "full_text": "RT @calder_couriers: heat warning this week. take breaks, drink water, look after each other",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "12",
      "id_str": "1709716436023116758",
      "truncated": false,
      "retweet_count": "2",
      "id": "1709716436023116758",
      "created_at": "Wed Oct 04 23:45:38 +0000 2023",
      "favorited": false,
      "full_text": "the bakery on quay street gives couriers the day old pastries at 5am. angels. actual angels",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "36",
      "id_str": "1707775442156004599",
      "truncated": false,
      "retweet_count": "4",
      "id": "1707775442156004599",
      "created_at": "Fri Sep 29 15:12:49 +0000 2023",
      "favorited": false,
      "full_text": "new record: 24 drops in one shift. legs are jelly. wallet is slightly less empty",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "44"
      ],
      "favorite_count": "22",
      "id_str": "1706495176996449312",
      "truncated": false,
      "retweet_count": "4",
      "id": "1706495176996449312",
      "created_at": "Tue Sep 26 02:25:30 +0000 2023",
      "favorited": false,
      "full_text": "summer rain is just shower time for couriers",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "81"
      ],
      "favorite_count": "1",
      "id_str": "1705072062231599924",
      "truncated": false,
      "retweet_count": "0",
      "id": "1705072062231599924",
      "created_at": "Fri Sep 22 04:10:33 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks the mural is so good. port calder finally gets something right",
      "lang": "en",
      "in_reply_to_status_id_str": "1705030035308725042",
      "in_reply_to_user_id_str": "539376288042511262",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1705030035308725042",
      "in_reply_to_user_id": "539376288042511262"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1703909086591007803",
      "truncated": false,
      "retweet_count": "1",
      "id": "1703909086591007803",
      "created_at": "Mon Sep 18 23:09:18 +0000 2023",
      "favorited": false,
      "full_text": "rode past the old cinema that closed down. someone painted a huge bicycle on the wall. feels like a sign",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1701019429238456312",
      "truncated": false,
      "retweet_count": "1",
      "id": "1701019429238456312",
      "created_at": "Sun Sep 10 23:46:50 +0000 2023",
      "favorited": false,
      "full_text": "made a track with a field recording of a thunderstorm and a synth arpeggio. it slaps",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
      "favorite_count": "30",
      "id_str": "1699422406048653222",
      "truncated": false,
      "retweet_count": "4",
      "id": "1699422406048653222",
      "created_at": "Wed Sep 06 14:00:50 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops the address was a car park. the customer lived in the car park?? no further questions",
      "lang": "en",
      "in_reply_to_status_id_str": "1699367796212451287",
      "in_reply_to_user_id_str": "286154930119516321",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1699367796212451287",
      "in_reply_to_user_id": "286154930119516321"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1697395202456565318",
      "truncated": false,
      "retweet_count": "0",
      "id": "1697395202456565318",
      "created_at": "Thu Aug 31 23:45:27 +0000 2023",
      "favorited": false,
      "full_text": "dispatch sent me to an address that doesn't exist. rode around for 20 min. the customer was also confused",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "39",
      "id_str": "1696354843097525597",
      "truncated": false,
      "retweet_count": "1",
      "id": "1696354843097525597",
      "created_at": "Tue Aug 29 02:51:26 +0000 2023",
      "favorited": false,
      "full_text": "the city at night: foxes, taxis, drunk people singing, shift workers, and me. the real residents",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "4",
      "id_str": "1693433455837388860",
      "truncated": false,
      "retweet_count": "4",
      "id": "1693433455837388860",
      "created_at": "Mon Aug 21 01:22:53 +0000 2023",
      "favorited": false,
      "full_text": "got a new job offer doing day deliveries. nah. the night is my office",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "19",
      "id_str": "1692170156637696489",
      "truncated": false,
      "retweet_count": "5",
      "id": "1692170156637696489",
      "created_at": "Thu Aug 17 13:42:59 +0000 2023",
      "favorited": false,
      "full_text": "hot take: bike helmets look silly and you should wear one anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "13",
      "id_str": "1691112638380154362",
      "truncated": false,
      "retweet_count": "3",
      "id": "1691112638380154362",
      "created_at": "Mon Aug 14 15:40:47 +0000 2023",
      "favorited": false,
      "full_text": "tyre blew out on the motorway bridge. walked 3 km in the heat. the gulls laughed at me",
      "lang": "en"
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
            "name": "unicycle_ray",
            "screen_name": "unicycle_ray",
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
        "50"
      ],
      "favorite_count": "20",
      "id_str": "1688696413092631498",
      "truncated": false,
      "retweet_count": "3",
      "id": "1688696413092631498",
      "created_at": "Mon Aug 07 23:39:34 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray you were the dancing guy weren't you",
      "lang": "en",
      "in_reply_to_status_id_str": "1688675777115621898",
      "in_reply_to_user_id_str": "263102743991760807",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1688675777115621898",
      "in_reply_to_user_id": "263102743991760807"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1686917931728156232",
      "truncated": false,
      "retweet_count": "1",
      "id": "1686917931728156232",
      "created_at": "Thu Aug 03 01:52:31 +0000 2023",
      "favorited": false,
      "full_text": "played the festival. 30 people, 2 dogs, one guy dancing like his life depended on it. best gig ever",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1684026613432543556",
      "truncated": false,
      "retweet_count": "1",
      "id": "1684026613432543556",
      "created_at": "Wed Jul 26 02:23:27 +0000 2023",
      "favorited": false,
      "full_text": "music festival in the park this weekend. playing a 20 minute slot on the tiny stage. bring earplugs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "39",
      "id_str": "1682576734814579274",
      "truncated": false,
      "retweet_count": "3",
      "id": "1682576734814579274",
      "created_at": "Sat Jul 22 02:22:09 +0000 2023",
      "favorited": false,
      "full_text": "the ice cream orders are out of control. i've delivered more ice cream this week than in my whole life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1681094732020968017",
      "truncated": false,
      "retweet_count": "1",
      "id": "1681094732020968017",
      "created_at": "Tue Jul 18 00:13:12 +0000 2023",
      "favorited": false,
      "full_text": "heatwave shift. drank four litres of water and still feel like a raisin",
      "lang": "en"
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
            "name": "synth_swap_pc",
            "screen_name": "synth_swap_pc",
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
        "39"
      ],
      "favorite_count": "34",
      "id_str": "1678627843732731128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1678627843732731128",
      "created_at": "Tue Jul 11 04:50:40 +0000 2023",
      "favorited": false,
      "full_text": "@synth_swap_pc ok it's a little haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1678598148061428112",
      "in_reply_to_user_id_str": "165027228035204626",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1678598148061428112",
      "in_reply_to_user_id": "165027228035204626"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1676758845093520364",
      "truncated": false,
      "retweet_count": "1",
      "id": "1676758845093520364",
      "created_at": "Thu Jul 06 01:03:56 +0000 2023",
      "favorited": false,
      "full_text": "bought a second hand drum machine from a guy who said it was \"haunted\". it is not haunted. it just beeps on its own sometimes",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "64"
      ],
      "favorite_count": "23",
      "id_str": "1674593426601411550",
      "truncated": false,
      "retweet_count": "1",
      "id": "1674593426601411550",
      "created_at": "Fri Jun 30 01:39:20 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo the chain is oiled. i repeat the chain is oiled",
      "lang": "en",
      "in_reply_to_status_id_str": "1674545359878959642",
      "in_reply_to_user_id_str": "361990408374618770",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1674545359878959642",
      "in_reply_to_user_id": "361990408374618770"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "13",
      "id_str": "1673892516460675333",
      "truncated": false,
      "retweet_count": "0",
      "id": "1673892516460675333",
      "created_at": "Wed Jun 28 03:14:10 +0000 2023",
      "favorited": false,
      "full_text": "rode to the coast on my day off. 80 km round trip. saw the sea, ate chips, rode home. perfect day",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "8",
      "id_str": "1671662052702835356",
      "truncated": false,
      "retweet_count": "5",
      "id": "1671662052702835356",
      "created_at": "Wed Jun 21 23:31:06 +0000 2023",
      "favorited": false,
      "full_text": "summer nights are the best shifts. warm air, long light, everyone happy, nobody shouting at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "38",
      "id_str": "1669900042369709568",
      "truncated": false,
      "retweet_count": "4",
      "id": "1669900042369709568",
      "created_at": "Sat Jun 17 02:49:30 +0000 2023",
      "favorited": false,
      "full_text": "late night thought: every city has a smell at 4am. port calder smells like rain and fried onions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "31",
      "id_str": "1669487159277977573",
      "truncated": false,
      "retweet_count": "2",
      "id": "1669487159277977573",
      "created_at": "Thu Jun 15 23:28:51 +0000 2023",
      "favorited": false,
      "full_text": "made friends with the security guard at the shipping office. he gives me mints. i give him gossip",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "10",
      "id_str": "1667313700307850684",
      "truncated": false,
      "retweet_count": "2",
      "id": "1667313700307850684",
      "created_at": "Fri Jun 09 23:32:18 +0000 2023",
      "favorited": false,
      "full_text": "ngl i cried a bit at the ending of that film about the old cyclist. don't tell anyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "38",
      "id_str": "1665550180021814919",
      "truncated": false,
      "retweet_count": "2",
      "id": "1665550180021814919",
      "created_at": "Mon Jun 05 02:44:42 +0000 2023",
      "favorited": false,
      "full_text": "someone's dog chased me for two blocks. respect the hustle",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "32",
      "id_str": "1664448852261787764",
      "truncated": false,
      "retweet_count": "1",
      "id": "1664448852261787764",
      "created_at": "Fri Jun 02 01:48:25 +0000 2023",
      "favorited": false,
      "full_text": "recorded the sound of the drawbridge opening. it's going in a track. it's going in every track",
      "lang": "en"
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
            "name": "unicycle_ray",
            "screen_name": "unicycle_ray",
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
        "48"
      ],
      "favorite_count": "10",
      "id_str": "1663570460146315310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1663570460146315310",
      "created_at": "Tue May 30 15:38:00 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray i had a spare. you owe me a coffee",
      "lang": "en",
      "in_reply_to_status_id_str": "1663515095334941775",
      "in_reply_to_user_id_str": "379871155798068653",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1663515095334941775",
      "in_reply_to_user_id": "379871155798068653"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "10",
      "id_str": "1661721598361923033",
      "truncated": false,
      "retweet_count": "2",
      "id": "1661721598361923033",
      "created_at": "Thu May 25 13:11:17 +0000 2023",
      "favorited": false,
      "full_text": "the night shift crew group chat is 90% memes and 10% \"anyone got a spare tube near the docks\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "29",
      "id_str": "1659584382370548942",
      "truncated": false,
      "retweet_count": "4",
      "id": "1659584382370548942",
      "created_at": "Fri May 19 15:38:45 +0000 2023",
      "favorited": false,
      "full_text": "rode 60 km today and my legs have filed for divorce",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "15",
      "id_str": "1658613132555996354",
      "truncated": false,
      "retweet_count": "0",
      "id": "1658613132555996354",
      "created_at": "Tue May 16 23:19:21 +0000 2023",
      "favorited": false,
      "full_text": "new light, new tyres, new chain. brick is basically a new bike now. brick 2",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "81"
      ],
      "favorite_count": "28",
      "id_str": "1657196133087505007",
      "truncated": false,
      "retweet_count": "4",
      "id": "1657196133087505007",
      "created_at": "Sat May 13 01:28:42 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks it melted on the way. i apologised to the ice cream personally",
      "lang": "en",
      "in_reply_to_status_id_str": "1657136741741881855",
      "in_reply_to_user_id_str": "665596394773225217",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1657136741741881855",
      "in_reply_to_user_id": "665596394773225217"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "33",
      "id_str": "1655577337266507226",
      "truncated": false,
      "retweet_count": "2",
      "id": "1655577337266507226",
      "created_at": "Mon May 08 14:16:11 +0000 2023",
      "favorited": false,
      "full_text": "first sunny shift in weeks. everyone in the city is outside and everyone is ordering ice cream. chaos",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1653991911324313084",
      "truncated": false,
      "retweet_count": "3",
      "id": "1653991911324313084",
      "created_at": "Thu May 04 05:16:16 +0000 2023",
      "favorited": false,
      "full_text": "sequencer crashed mid gig and i just let the drone play for 4 minutes and everyone clapped. art",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "37"
      ],
      "favorite_count": "12",
      "id_str": "1652873214949416301",
      "truncated": false,
      "retweet_count": "3",
      "id": "1652873214949416301",
      "created_at": "Mon May 01 03:10:58 +0000 2023",
      "favorited": false,
      "full_text": "review it faster. gary is still there",
      "lang": "en"
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
            "name": "port_calder_new",
            "screen_name": "port_calder_new",
            "indices": [
              "3",
              "19"
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
      "favorite_count": "0",
      "id_str": "1651426079405656085",
      "truncated": false,
      "retweet_count": "2",
      "id": "1651426079405656085",
      "created_at": "Thu Apr 27 03:20:34 +0000 2023",
      "favorited": false,
      "full_text": "RT @port_calder_news: council to review mill street bike lane after complaints about parked vehicles",
      "lang": "en"
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
            "name": "calder_couriers",
            "screen_name": "calder_couriers",
            "indices": [
              "0",
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
        "57"
      ],
      "favorite_count": "24",
      "id_str": "1649273726171039423",
      "truncated": false,
      "retweet_count": "0",
      "id": "1649273726171039423",
      "created_at": "Fri Apr 21 04:47:53 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers the van has a name now. we call him gary",
      "lang": "en",
      "in_reply_to_status_id_str": "1649219116333558671",
      "in_reply_to_user_id_str": "774770306682230444",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1649219116333558671",
      "in_reply_to_user_id": "774770306682230444"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "30",
      "id_str": "1647951039824168720",
      "truncated": false,
      "retweet_count": "1",
      "id": "1647951039824168720",
      "created_at": "Mon Apr 17 13:12:00 +0000 2023",
      "favorited": false,
      "full_text": "the new bike lane on mill street lasted 11 days before a van parked on it permanently",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "36",
      "id_str": "1646707726482123974",
      "truncated": false,
      "retweet_count": "3",
      "id": "1646707726482123974",
      "created_at": "Fri Apr 14 02:51:31 +0000 2023",
      "favorited": false,
      "full_text": "a tourist asked me for directions and i gave them a full guided tour by accident. no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "34",
      "id_str": "1644840611085385048",
      "truncated": false,
      "retweet_count": "5",
      "id": "1644840611085385048",
      "created_at": "Sat Apr 08 23:12:16 +0000 2023",
      "favorited": false,
      "full_text": "someone at the gym asked what i do for cardio. i said \"rent\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "18",
      "id_str": "1643082178492169504",
      "truncated": false,
      "retweet_count": "4",
      "id": "1643082178492169504",
      "created_at": "Tue Apr 04 02:44:53 +0000 2023",
      "favorited": false,
      "full_text": "wore shorts on a shift for the first time this year. mistake. massive mistake",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "26",
      "id_str": "1641994293476600318",
      "truncated": false,
      "retweet_count": "5",
      "id": "1641994293476600318",
      "created_at": "Sat Apr 01 02:42:01 +0000 2023",
      "favorited": false,
      "full_text": "spring is coming. i can tell because the potholes are blooming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "24",
      "id_str": "1641077523477967129",
      "truncated": false,
      "retweet_count": "4",
      "id": "1641077523477967129",
      "created_at": "Wed Mar 29 13:59:06 +0000 2023",
      "favorited": false,
      "full_text": "made a 12 minute ambient track out of recordings of night buses. it's called \"n47\"",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "56"
      ],
      "favorite_count": "8",
      "id_str": "1639419234088184468",
      "truncated": false,
      "retweet_count": "4",
      "id": "1639419234088184468",
      "created_at": "Sat Mar 25 00:09:39 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo brakes are fine they just sound haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1639363114303967550",
      "in_reply_to_user_id_str": "225041829724895046",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1639363114303967550",
      "in_reply_to_user_id": "225041829724895046"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1637598377669767918",
      "truncated": false,
      "retweet_count": "4",
      "id": "1637598377669767918",
      "created_at": "Sun Mar 19 23:34:13 +0000 2023",
      "favorited": false,
      "full_text": "the dispatch app now says \"great job!\" after every drop. i did not ask to be encouraged by a robot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "26",
      "id_str": "1636884381301907207",
      "truncated": false,
      "retweet_count": "2",
      "id": "1636884381301907207",
      "created_at": "Sat Mar 18 00:17:03 +0000 2023",
      "favorited": false,
      "full_text": "rode past the harbour at sunrise after a long shift. pink sky, grey sea, gulls screaming. ok fine the city is pretty sometimes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "12",
      "id_str": "1635083879839606755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1635083879839606755",
      "created_at": "Mon Mar 13 01:02:30 +0000 2023",
      "favorited": false,
      "full_text": "new modules arrived. my wallet is crying and my synth is singing",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
        "38"
      ],
      "favorite_count": "22",
      "id_str": "1634190098822442429",
      "truncated": false,
      "retweet_count": "5",
      "id": "1634190098822442429",
      "created_at": "Fri Mar 10 13:50:56 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops i hope the pizza helped",
      "lang": "en",
      "in_reply_to_status_id_str": "1634174244355707748",
      "in_reply_to_user_id_str": "106682797747044575",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1634174244355707748",
      "in_reply_to_user_id": "106682797747044575"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1631117179746239677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1631117179746239677",
      "created_at": "Thu Mar 02 02:20:15 +0000 2023",
      "favorited": false,
      "full_text": "valentines shift: 22 bouquets, 9 boxes of chocolate, 1 very angry pizza for someone who got stood up",
      "lang": "en"
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
            "name": "unicycle_ray",
            "screen_name": "unicycle_ray",
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
        "74"
      ],
      "favorite_count": "21",
      "id_str": "1631117121028552979",
      "truncated": false,
      "retweet_count": "5",
      "id": "1631117121028552979",
      "created_at": "Thu Mar 02 02:20:01 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray told you the laundrette was cursed. or blessed. one of those",
      "lang": "en",
      "in_reply_to_status_id_str": "1631084657115169146",
      "in_reply_to_user_id_str": "842255696458014625",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1631084657115169146",
      "in_reply_to_user_id": "842255696458014625"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1628590958835211809",
      "truncated": false,
      "retweet_count": "1",
      "id": "1628590958835211809",
      "created_at": "Thu Feb 23 03:01:57 +0000 2023",
      "favorited": false,
      "full_text": "found the bike!!! chained outside a laundrette two streets away. someone just left it. best day of the year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1627844204954006740",
      "truncated": false,
      "retweet_count": "1",
      "id": "1627844204954006740",
      "created_at": "Tue Feb 21 01:34:37 +0000 2023",
      "favorited": false,
      "full_text": "i want to thank everyone who shared the stolen bike post. no luck yet but the kindness was real",
      "lang": "en"
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
            "name": "calder_couriers",
            "screen_name": "calder_couriers",
            "indices": [
              "0",
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
        "108"
      ],
      "favorite_count": "3",
      "id_str": "1626780126804856350",
      "truncated": false,
      "retweet_count": "4",
      "id": "1626780126804856350",
      "created_at": "Sat Feb 18 03:06:21 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers if anyone sees a grey single speed with a green bar tape please tell me. no questions asked",
      "lang": "en",
      "in_reply_to_status_id_str": "1626737344902182475",
      "in_reply_to_user_id_str": "715432849697347583",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1626737344902182475",
      "in_reply_to_user_id": "715432849697347583"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "10",
      "id_str": "1623852943016475190",
      "truncated": false,
      "retweet_count": "4",
      "id": "1623852943016475190",
      "created_at": "Fri Feb 10 01:14:46 +0000 2023",
      "favorited": false,
      "full_text": "my bike got stolen. not brick. the backup. still furious",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "27",
      "id_str": "1622818145304864484",
      "truncated": false,
      "retweet_count": "1",
      "id": "1622818145304864484",
      "created_at": "Tue Feb 07 04:42:51 +0000 2023",
      "favorited": false,
      "full_text": "hot take: the best bike is the one that's not stolen yet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "7",
      "id_str": "1621360830186198531",
      "truncated": false,
      "retweet_count": "0",
      "id": "1621360830186198531",
      "created_at": "Fri Feb 03 04:12:00 +0000 2023",
      "favorited": false,
      "full_text": "built a tiny drum machine out of an old calculator. it only does one beat. it's a great beat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "15",
      "id_str": "1619725051626209922",
      "truncated": false,
      "retweet_count": "2",
      "id": "1619725051626209922",
      "created_at": "Sun Jan 29 15:52:00 +0000 2023",
      "favorited": false,
      "full_text": "tyre pressure check: front fine, back sad, me also sad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "34",
      "id_str": "1618456815730176808",
      "truncated": false,
      "retweet_count": "2",
      "id": "1618456815730176808",
      "created_at": "Thu Jan 26 03:52:29 +0000 2023",
      "favorited": false,
      "full_text": "the guy at the corner shop now knows my order. energy drink and a banana. balanced diet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1617370839122530216",
      "truncated": false,
      "retweet_count": "1",
      "id": "1617370839122530216",
      "created_at": "Mon Jan 23 03:57:12 +0000 2023",
      "favorited": false,
      "full_text": "sold my first track online. it made 4 dollars. i'm basically famous",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "59"
      ],
      "favorite_count": "20",
      "id_str": "1616279690933995626",
      "truncated": false,
      "retweet_count": "3",
      "id": "1616279690933995626",
      "created_at": "Fri Jan 20 03:41:22 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks pics or it didn't happen. actually don't",
      "lang": "en",
      "in_reply_to_status_id_str": "1616251001895290549",
      "in_reply_to_user_id_str": "432520733423345817",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1616251001895290549",
      "in_reply_to_user_id": "432520733423345817"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "29",
      "id_str": "1614827811634335335",
      "truncated": false,
      "retweet_count": "2",
      "id": "1614827811634335335",
      "created_at": "Mon Jan 16 03:32:07 +0000 2023",
      "favorited": false,
      "full_text": "rode through sleet for 3 hours. my eyebrows are frozen. my eyebrows",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "23",
      "id_str": "1613006493841467492",
      "truncated": false,
      "retweet_count": "0",
      "id": "1613006493841467492",
      "created_at": "Wed Jan 11 02:54:51 +0000 2023",
      "favorited": false,
      "full_text": "january in port calder is just february with worse lighting",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1610828807011200740",
      "truncated": false,
      "retweet_count": "0",
      "id": "1610828807011200740",
      "created_at": "Thu Jan 05 02:41:30 +0000 2023",
      "favorited": false,
      "full_text": "new year resolution: oil the chain. thats it. that's the list",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "29",
      "id_str": "1610148427989762467",
      "truncated": false,
      "retweet_count": "5",
      "id": "1610148427989762467",
      "created_at": "Tue Jan 03 05:37:55 +0000 2023",
      "favorited": false,
      "full_text": "traffic on the ring road tonight was so bad i overtook a bus three times. it overtook me twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "24",
      "id_str": "1609328315727269841",
      "truncated": false,
      "retweet_count": "2",
      "id": "1609328315727269841",
      "created_at": "Sat Dec 31 23:19:05 +0000 2022",
      "favorited": false,
      "full_text": "made a patch that sounds like rain on a tin roof. played it while it was raining on a tin roof. meta",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "33",
      "id_str": "1607917364442278598",
      "truncated": false,
      "retweet_count": "2",
      "id": "1607917364442278598",
      "created_at": "Wed Dec 28 01:52:28 +0000 2022",
      "favorited": false,
      "full_text": "halloween shift: delivered to a vampire, two witches and a guy dressed as a traffic cone. the cone tipped best",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "37"
      ],
      "favorite_count": "36",
      "id_str": "1607512077239195815",
      "truncated": false,
      "retweet_count": "2",
      "id": "1607512077239195815",
      "created_at": "Mon Dec 26 23:02:00 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo the socks lied to me",
      "lang": "en",
      "in_reply_to_status_id_str": "1607492951211389139",
      "in_reply_to_user_id_str": "360418023737915853",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1607492951211389139",
      "in_reply_to_user_id": "360418023737915853"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "1",
      "id_str": "1605556344585284643",
      "truncated": false,
      "retweet_count": "3",
      "id": "1605556344585284643",
      "created_at": "Wed Dec 21 13:30:37 +0000 2022",
      "favorited": false,
      "full_text": "bought waterproof socks. they are not waterproof. they are just socks with ambition",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1604838028081898297",
      "truncated": false,
      "retweet_count": "2",
      "id": "1604838028081898297",
      "created_at": "Mon Dec 19 13:56:17 +0000 2022",
      "favorited": false,
      "full_text": "the bridge lights turned off at 3am and for a second the whole river went black. eerie and beautiful",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "38",
      "id_str": "1604319528221994256",
      "truncated": false,
      "retweet_count": "2",
      "id": "1604319528221994256",
      "created_at": "Sun Dec 18 03:35:57 +0000 2022",
      "favorited": false,
      "full_text": "cold hands, warm tea, empty streets. i'd say i love this job but ask me again in february",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "25",
      "id_str": "1602494787879733282",
      "truncated": false,
      "retweet_count": "5",
      "id": "1602494787879733282",
      "created_at": "Tue Dec 13 02:45:05 +0000 2022",
      "favorited": false,
      "full_text": "finally got the filter to self oscillate without squealing. it now just hums like a happy robot",
      "lang": "en"
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
            "name": "unicycle_ray",
            "screen_name": "unicycle_ray",
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
        "58"
      ],
      "favorite_count": "19",
      "id_str": "1601775959670371262",
      "truncated": false,
      "retweet_count": "0",
      "id": "1601775959670371262",
      "created_at": "Sun Dec 11 03:08:43 +0000 2022",
      "favorited": false,
      "full_text": "@unicycle_ray respect honestly. no gears no brakes no fear",
      "lang": "en",
      "in_reply_to_status_id_str": "1601756330327880205",
      "in_reply_to_user_id_str": "187846414668816240",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1601756330327880205",
      "in_reply_to_user_id": "187846414668816240"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "39",
      "id_str": "1600731062075746788",
      "truncated": false,
      "retweet_count": "1",
      "id": "1600731062075746788",
      "created_at": "Thu Dec 08 05:56:40 +0000 2022",
      "favorited": false,
      "full_text": "night market meetup was great. 14 couriers, 3 dogs, 1 guy with a unicycle, zero complaints",
      "lang": "en"
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
            "name": "calder_couriers",
            "screen_name": "calder_couriers",
            "indices": [
              "3",
              "19"
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
      "favorite_count": "0",
      "id_str": "1599977379198849436",
      "truncated": false,
      "retweet_count": "3",
      "id": "1599977379198849436",
      "created_at": "Tue Dec 06 04:01:48 +0000 2022",
      "favorited": false,
      "full_text": "RT @calder_couriers: courier meetup saturday at the night market. free tea and tyre levers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "36",
      "id_str": "1598682735965781964",
      "truncated": false,
      "retweet_count": "2",
      "id": "1598682735965781964",
      "created_at": "Fri Dec 02 14:17:21 +0000 2022",
      "favorited": false,
      "full_text": "someone asked if i train for this. bro the shift is the training",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "14",
      "id_str": "1597257377250460403",
      "truncated": false,
      "retweet_count": "1",
      "id": "1597257377250460403",
      "created_at": "Mon Nov 28 15:53:29 +0000 2022",
      "favorited": false,
      "full_text": "i ride with a bell, two lights, a reflective vest and a deep suspicion of every car",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "35",
      "id_str": "1596533834642912449",
      "truncated": false,
      "retweet_count": "5",
      "id": "1596533834642912449",
      "created_at": "Sat Nov 26 15:58:23 +0000 2022",
      "favorited": false,
      "full_text": "two flats in one night. the universe is telling me something and it's \"buy better tyres\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1595267607822914969",
      "truncated": false,
      "retweet_count": "2",
      "id": "1595267607822914969",
      "created_at": "Wed Nov 23 04:06:51 +0000 2022",
      "favorited": false,
      "full_text": "the laundrette jam was loud. the dryers were louder. the dryers won",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1593995953570457553",
      "truncated": false,
      "retweet_count": "1",
      "id": "1593995953570457553",
      "created_at": "Sat Nov 19 15:53:45 +0000 2022",
      "favorited": false,
      "full_text": "synth jam tonight in the basement of the laundrette. bring headphones or earplugs or both",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
        "75"
      ],
      "favorite_count": "21",
      "id_str": "1593609570090914016",
      "truncated": false,
      "retweet_count": "2",
      "id": "1593609570090914016",
      "created_at": "Fri Nov 18 14:18:24 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops it has one bag of crisps left and it's been there since july",
      "lang": "en",
      "in_reply_to_status_id_str": "1593593463963349764",
      "in_reply_to_user_id_str": "310811961372674797",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1593593463963349764",
      "in_reply_to_user_id": "310811961372674797"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1591991558599655375",
      "truncated": false,
      "retweet_count": "4",
      "id": "1591991558599655375",
      "created_at": "Mon Nov 14 03:09:00 +0000 2022",
      "favorited": false,
      "full_text": "night shift thought: the vending machine at the ferry terminal is the loneliest machine in the city",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1590849541898072526",
      "truncated": false,
      "retweet_count": "5",
      "id": "1590849541898072526",
      "created_at": "Thu Nov 10 23:31:02 +0000 2022",
      "favorited": false,
      "full_text": "delivered flowers to someone who cried at the door. good tears i think. made my whole week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "34"
      ],
      "favorite_count": "7",
      "id_str": "1590220417269154279",
      "truncated": false,
      "retweet_count": "1",
      "id": "1590220417269154279",
      "created_at": "Wed Nov 09 05:51:07 +0000 2022",
      "favorited": false,
      "full_text": "my lock weighs more than my dinner",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "36",
      "id_str": "1589109413249375927",
      "truncated": false,
      "retweet_count": "5",
      "id": "1589109413249375927",
      "created_at": "Sun Nov 06 04:16:23 +0000 2022",
      "favorited": false,
      "full_text": "rain rain rain rain rain. the bike is now a submarine",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "55"
      ],
      "favorite_count": "28",
      "id_str": "1588190743230520546",
      "truncated": false,
      "retweet_count": "5",
      "id": "1588190743230520546",
      "created_at": "Thu Nov 03 15:25:55 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks send it. i need it for my collection",
      "lang": "en",
      "in_reply_to_status_id_str": "1588147961332545222",
      "in_reply_to_user_id_str": "787366098243086004",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1588147961332545222",
      "in_reply_to_user_id": "787366098243086004"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "5",
      "id_str": "1586886750893968655",
      "truncated": false,
      "retweet_count": "3",
      "id": "1586886750893968655",
      "created_at": "Mon Oct 31 01:04:19 +0000 2022",
      "favorited": false,
      "full_text": "made a track called \"kestrel ave pothole\" and it's just the sound of my bike hitting it on repeat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "12",
      "id_str": "1585447051852971908",
      "truncated": false,
      "retweet_count": "3",
      "id": "1585447051852971908",
      "created_at": "Thu Oct 27 01:43:28 +0000 2022",
      "favorited": false,
      "full_text": "got a new light that is so bright a taxi driver flashed his headlights at me in respect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1583972426840834198",
      "truncated": false,
      "retweet_count": "4",
      "id": "1583972426840834198",
      "created_at": "Sun Oct 23 00:03:50 +0000 2022",
      "favorited": false,
      "full_text": "the new dispatch algorithm sent me up a hill three times in one hour. the algorithm hates me specifically",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "37"
      ],
      "favorite_count": "36",
      "id_str": "1582607558376815885",
      "truncated": false,
      "retweet_count": "2",
      "id": "1582607558376815885",
      "created_at": "Wed Oct 19 05:40:20 +0000 2022",
      "favorited": false,
      "full_text": "hot take: mudguards are cool actually",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1582216762491320633",
      "truncated": false,
      "retweet_count": "5",
      "id": "1582216762491320633",
      "created_at": "Tue Oct 18 03:47:27 +0000 2022",
      "favorited": false,
      "full_text": "ok who keeps ordering a single can of soup from across the city at 2am. you're my favourite customer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "10",
      "id_str": "1581444054254103449",
      "truncated": false,
      "retweet_count": "0",
      "id": "1581444054254103449",
      "created_at": "Sun Oct 16 00:36:59 +0000 2022",
      "favorited": false,
      "full_text": "first frost of the year. my fingers have gone on strike",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1580708339778559200",
      "truncated": false,
      "retweet_count": "1",
      "id": "1580708339778559200",
      "created_at": "Thu Oct 13 23:53:31 +0000 2022",
      "favorited": false,
      "full_text": "built a sequencer that only plays in 7/8. my neighbours hate it. i think",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "43"
      ],
      "favorite_count": "19",
      "id_str": "1579281110399653372",
      "truncated": false,
      "retweet_count": "2",
      "id": "1579281110399653372",
      "created_at": "Mon Oct 10 01:22:13 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo elbow is fine pride is not",
      "lang": "en",
      "in_reply_to_status_id_str": "1579241348396298317",
      "in_reply_to_user_id_str": "621018432994927530",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1579241348396298317",
      "in_reply_to_user_id": "621018432994927530"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1578211827120607266",
      "truncated": false,
      "retweet_count": "0",
      "id": "1578211827120607266",
      "created_at": "Fri Oct 07 02:33:16 +0000 2022",
      "favorited": false,
      "full_text": "crashed lightly on wet leaves outside the library. hi to the three people who clapped",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1577120037206447720",
      "truncated": false,
      "retweet_count": "4",
      "id": "1577120037206447720",
      "created_at": "Tue Oct 04 02:14:53 +0000 2022",
      "favorited": false,
      "full_text": "autumn in port calder means leaves on the bike lane which means ice rink mode. be careful out there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1575859132954397732",
      "truncated": false,
      "retweet_count": "5",
      "id": "1575859132954397732",
      "created_at": "Fri Sep 30 14:44:30 +0000 2022",
      "favorited": false,
      "full_text": "new record: 17 drops in one shift and only got lost twice",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "3",
      "id_str": "1574414102952603789",
      "truncated": false,
      "retweet_count": "4",
      "id": "1574414102952603789",
      "created_at": "Mon Sep 26 15:02:28 +0000 2022",
      "favorited": false,
      "full_text": "getting good at one handed burrito eating at red lights. not proud. a bit proud",
      "lang": "en"
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
            "name": "night_owl_ops",
            "screen_name": "night_owl_ops",
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
        "56"
      ],
      "favorite_count": "36",
      "id_str": "1573136194993260270",
      "truncated": false,
      "retweet_count": "0",
      "id": "1573136194993260270",
      "created_at": "Fri Sep 23 02:24:31 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops the fox was on its way to work same as me",
      "lang": "en",
      "in_reply_to_status_id_str": "1573093916408349179",
      "in_reply_to_user_id_str": "928697792615730007",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1573093916408349179",
      "in_reply_to_user_id": "928697792615730007"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "38",
      "id_str": "1570997313862920427",
      "truncated": false,
      "retweet_count": "4",
      "id": "1570997313862920427",
      "created_at": "Sat Sep 17 04:45:22 +0000 2022",
      "favorited": false,
      "full_text": "saw a fox riding the tram. well standing on the tram stop. but spiritually riding the tram",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1570634900831194236",
      "truncated": false,
      "retweet_count": "0",
      "id": "1570634900831194236",
      "created_at": "Fri Sep 16 04:45:16 +0000 2022",
      "favorited": false,
      "full_text": "why does every restaurant in this city put the pickup counter behind a wall of people waiting for tables",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "38",
      "id_str": "1568592690020630991",
      "truncated": false,
      "retweet_count": "5",
      "id": "1568592690020630991",
      "created_at": "Sat Sep 10 13:30:15 +0000 2022",
      "favorited": false,
      "full_text": "chain snapped on the hill by the old gasworks. pushed brick home in the dark. character building they call it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "3",
      "id_str": "1567343768895126568",
      "truncated": false,
      "retweet_count": "3",
      "id": "1567343768895126568",
      "created_at": "Wed Sep 07 02:47:29 +0000 2022",
      "favorited": false,
      "full_text": "new playlist for night rides is just 40 minutes of slow techno and one sea shanty",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "24",
      "id_str": "1565513764700023587",
      "truncated": false,
      "retweet_count": "2",
      "id": "1565513764700023587",
      "created_at": "Fri Sep 02 01:35:42 +0000 2022",
      "favorited": false,
      "full_text": "bought the cigarette filter. it sounds warm and a bit sad. perfect",
      "lang": "en"
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
            "name": "synth_swap_pc",
            "screen_name": "synth_swap_pc",
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
        "38"
      ],
      "favorite_count": "22",
      "id_str": "1564108832244597309",
      "truncated": false,
      "retweet_count": "3",
      "id": "1564108832244597309",
      "created_at": "Mon Aug 29 04:33:00 +0000 2022",
      "favorited": false,
      "full_text": "@synth_swap_pc is the smell negotiable",
      "lang": "en",
      "in_reply_to_status_id_str": "1564092726114961407",
      "in_reply_to_user_id_str": "342863546093103321",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1564092726114961407",
      "in_reply_to_user_id": "342863546093103321"
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
            "name": "synth_swap_pc",
            "screen_name": "synth_swap_pc",
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
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1563905685322505056",
      "truncated": false,
      "retweet_count": "3",
      "id": "1563905685322505056",
      "created_at": "Sun Aug 28 15:05:46 +0000 2022",
      "favorited": false,
      "full_text": "RT @synth_swap_pc: selling a battered analogue filter, works great, smells faintly of cigarettes. pickup only",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "22",
      "id_str": "1562828860684435711",
      "truncated": false,
      "retweet_count": "1",
      "id": "1562828860684435711",
      "created_at": "Thu Aug 25 15:46:51 +0000 2022",
      "favorited": false,
      "full_text": "sleep schedule: yes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "37",
      "id_str": "1560096124829405872",
      "truncated": false,
      "retweet_count": "5",
      "id": "1560096124829405872",
      "created_at": "Thu Aug 18 02:47:56 +0000 2022",
      "favorited": false,
      "full_text": "heavy rain, lights flickering, brakes squealing, me singing badly under the flyover. peak night shift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1559732898102705308",
      "truncated": false,
      "retweet_count": "5",
      "id": "1559732898102705308",
      "created_at": "Wed Aug 17 02:44:36 +0000 2022",
      "favorited": false,
      "full_text": "city council wants to \"consult\" on bike lanes again. we've been consulted. paint the lines",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "38",
      "id_str": "1557917506862393362",
      "truncated": false,
      "retweet_count": "5",
      "id": "1557917506862393362",
      "created_at": "Fri Aug 12 02:30:53 +0000 2022",
      "favorited": false,
      "full_text": "made a drum loop out of the sound of my freewheel clicking. sending it to nobody",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "39",
      "id_str": "1556477191257981277",
      "truncated": false,
      "retweet_count": "3",
      "id": "1556477191257981277",
      "created_at": "Mon Aug 08 03:07:35 +0000 2022",
      "favorited": false,
      "full_text": "my bike is called brick because it weighs about as much as one",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "38"
      ],
      "favorite_count": "30",
      "id_str": "1555783524677906258",
      "truncated": false,
      "retweet_count": "5",
      "id": "1555783524677906258",
      "created_at": "Sat Aug 06 05:11:12 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks tape is a lifestyle",
      "lang": "en",
      "in_reply_to_status_id_str": "1555755590614680006",
      "in_reply_to_user_id_str": "410986390918852258",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1555755590614680006",
      "in_reply_to_user_id": "410986390918852258"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1553384588310142098",
      "truncated": false,
      "retweet_count": "4",
      "id": "1553384588310142098",
      "created_at": "Sat Jul 30 14:18:41 +0000 2022",
      "favorited": false,
      "full_text": "finally fixed the wobble in my back wheel. truing stand paid for itself",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "13",
      "id_str": "1552118864804724648",
      "truncated": false,
      "retweet_count": "5",
      "id": "1552118864804724648",
      "created_at": "Wed Jul 27 02:29:09 +0000 2022",
      "favorited": false,
      "full_text": "rainy tuesday, 9 drops, soaked gloves, one free coffee from the night nurse at st brigid's. ranking it a 7",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "28",
      "id_str": "1551743256491097574",
      "truncated": false,
      "retweet_count": "5",
      "id": "1551743256491097574",
      "created_at": "Tue Jul 26 01:36:37 +0000 2022",
      "favorited": false,
      "full_text": "the wind on harbour road tonight was doing 40 and all of it was headwind somehow. both directions. explain that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "23",
      "id_str": "1549616895361875731",
      "truncated": false,
      "retweet_count": "2",
      "id": "1549616895361875731",
      "created_at": "Wed Jul 20 04:47:13 +0000 2022",
      "favorited": false,
      "full_text": "modular synth update: i now own more cables than modules which apparently is normal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "29",
      "id_str": "1548304317281460517",
      "truncated": false,
      "retweet_count": "1",
      "id": "1548304317281460517",
      "created_at": "Sat Jul 16 13:51:30 +0000 2022",
      "favorited": false,
      "full_text": "delivered a cake up six flights of stairs and it survived. the cake. barely me",
      "lang": "en"
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
            "name": "greasemonkey_jo",
            "screen_name": "greasemonkey_jo",
            "indices": [
              "0",
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
        "83"
      ],
      "favorite_count": "37",
      "id_str": "1547718729530914568",
      "truncated": false,
      "retweet_count": "4",
      "id": "1547718729530914568",
      "created_at": "Thu Jul 14 23:04:35 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes the chain is squeaking again no i have not oiled it yes i know",
      "lang": "en",
      "in_reply_to_status_id_str": "1547669656173376068",
      "in_reply_to_user_id_str": "185089086392872660",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1547669656173376068",
      "in_reply_to_user_id": "185089086392872660"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "35",
      "id_str": "1546321887885933210",
      "truncated": false,
      "retweet_count": "1",
      "id": "1546321887885933210",
      "created_at": "Mon Jul 11 02:34:02 +0000 2022",
      "favorited": false,
      "full_text": "someone left a whole pizza on the loading dock with a note saying \"for the bike people\". whoever you are i owe you my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "10",
      "id_str": "1544832595394845347",
      "truncated": false,
      "retweet_count": "2",
      "id": "1544832595394845347",
      "created_at": "Wed Jul 06 23:56:07 +0000 2022",
      "favorited": false,
      "full_text": "ngl my knees are writing a strongly worded letter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "27",
      "id_str": "1543465956934103006",
      "truncated": false,
      "retweet_count": "3",
      "id": "1543465956934103006",
      "created_at": "Sun Jul 03 05:25:35 +0000 2022",
      "favorited": false,
      "full_text": "lowkey the best part of night shifts is the empty bridges at 4am. whole city asleep and it's just me and the gulls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "34",
      "id_str": "1540898002695447538",
      "truncated": false,
      "retweet_count": "1",
      "id": "1540898002695447538",
      "created_at": "Sun Jun 26 03:21:27 +0000 2022",
      "favorited": false,
      "full_text": "patched a synth cable with electrical tape and it worked first time. engineering",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1540854197384149572",
      "truncated": false,
      "retweet_count": "2",
      "id": "1540854197384149572",
      "created_at": "Sun Jun 26 00:27:23 +0000 2022",
      "favorited": false,
      "full_text": "if you buzz a courier and then take 6 minutes to come downstairs we are no longer friends",
      "lang": "en"
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
            "name": "calder_couriers",
            "screen_name": "calder_couriers",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "-1",
            "id": "-1"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1539425680359173941",
      "truncated": false,
      "retweet_count": "2",
      "id": "1539425680359173941",
      "created_at": "Wed Jun 22 01:50:58 +0000 2022",
      "favorited": false,
      "full_text": "RT @calder_couriers: reminder: lights on after dusk, every ride, no excuses. drivers cannot see your vibes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "29",
      "id_str": "1537627250884076527",
      "truncated": false,
      "retweet_count": "3",
      "id": "1537627250884076527",
      "created_at": "Fri Jun 17 02:44:39 +0000 2022",
      "favorited": false,
      "full_text": "new tyres. grippy. smug. unstoppable. for about a week probably",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "5",
      "id_str": "1535809267564836158",
      "truncated": false,
      "retweet_count": "4",
      "id": "1535809267564836158",
      "created_at": "Sun Jun 12 02:20:38 +0000 2022",
      "favorited": false,
      "full_text": "dispatch app crashed mid shift so i just rode around in circles for 20 min like a confused pigeon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1534719260227811220",
      "truncated": false,
      "retweet_count": "5",
      "id": "1534719260227811220",
      "created_at": "Thu Jun 09 02:09:20 +0000 2022",
      "favorited": false,
      "full_text": "3am ramen from the stall under the overpass hits different when you're soaked to the socks",
      "lang": "en"
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
            "name": "spokes_and_spar",
            "screen_name": "spokes_and_spar",
            "indices": [
              "0",
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
        "58"
      ],
      "favorite_count": "20",
      "id_str": "1533253724275725986",
      "truncated": false,
      "retweet_count": "0",
      "id": "1533253724275725986",
      "created_at": "Sun Jun 05 01:05:49 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks the fridge noise is a feature not a bug",
      "lang": "en",
      "in_reply_to_status_id_str": "1533199366091855562",
      "in_reply_to_user_id_str": "992330029230948787",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1533199366091855562",
      "in_reply_to_user_id": "992330029230948787"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "12",
      "id_str": "1532590843884868137",
      "truncated": false,
      "retweet_count": "1",
      "id": "1532590843884868137",
      "created_at": "Fri Jun 03 05:11:46 +0000 2022",
      "favorited": false,
      "full_text": "built my first oscillator from a kit and it sounds like a dying fridge. i love it so much",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1530377048291742132",
      "truncated": false,
      "retweet_count": "1",
      "id": "1530377048291742132",
      "created_at": "Sat May 28 02:34:56 +0000 2022",
      "favorited": false,
      "full_text": "hot take: a good rain jacket is worth more than a fancy bike. fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "35",
      "id_str": "1528908001706976971",
      "truncated": false,
      "retweet_count": "1",
      "id": "1528908001706976971",
      "created_at": "Tue May 24 01:17:28 +0000 2022",
      "favorited": false,
      "full_text": "the pothole on kestrel ave has its own postcode now. someone should name it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "17",
      "id_str": "1528033208302519731",
      "truncated": false,
      "retweet_count": "4",
      "id": "1528033208302519731",
      "created_at": "Sat May 21 15:21:21 +0000 2022",
      "favorited": false,
      "full_text": "12 drops tonight, 41 km, one flat, zero tips from the law firm on dock street. as usual lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "3",
      "id_str": "1525999839081795921",
      "truncated": false,
      "retweet_count": "3",
      "id": "1525999839081795921",
      "created_at": "Mon May 16 00:41:28 +0000 2022",
      "favorited": false,
      "full_text": "rain in port calder is not weather it's a personality",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "7",
      "id_str": "1525284320181875348",
      "truncated": false,
      "retweet_count": "2",
      "id": "1525284320181875348",
      "created_at": "Sat May 14 01:18:15 +0000 2022",
      "favorited": false,
      "full_text": "first shift back after the winter. legs said no. dispatch said yes. dispatch wins every time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1524162427748521298",
      "truncated": false,
      "retweet_count": "2",
      "id": "1524162427748521298",
      "created_at": "Tue May 10 23:00:15 +0000 2022",
      "favorited": false,
      "full_text": "ok new account. i ride bikes for money at night and make bleepy noises with synths in the day. that's the whole brand",
      "lang": "en"
    }
  }
]
