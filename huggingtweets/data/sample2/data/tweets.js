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
        "95"
      ],
      "favorite_count": "12",
      "id_str": "1884774672497204758",
      "truncated": false,
      "retweet_count": "5",
      "id": "1884774672497204758",
      "created_at": "Thu Jan 30 01:24:34 +0000 2025",
      "favorited": false,
      "full_text": "three years of night shifts. still love it. still hate the rain. still oiling the chain. mostly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1882668632765938278",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882668632765938278",
      "created_at": "Fri Jan 24 05:55:55 +0000 2025",
      "favorited": false,
      "full_text": "the city at 3am belongs to the couriers, the bakers and the foxes. and the guy who sweeps the market. hi dave",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "38",
      "id_str": "1881494068264107732",
      "truncated": false,
      "retweet_count": "1",
      "id": "1881494068264107732",
      "created_at": "Tue Jan 21 00:08:37 +0000 2025",
      "favorited": false,
      "full_text": "finally learned to fix my own brakes. took three tries and one youtube video at 4am",
      "lang": "en"
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
        "62"
      ],
      "favorite_count": "27",
      "id_str": "1879349172500945190",
      "truncated": false,
      "retweet_count": "4",
      "id": "1879349172500945190",
      "created_at": "Wed Jan 15 02:05:34 +0000 2025",
      "favorited": false,
      "full_text": "@unicycle_ray the fog horn got me too. we need a support group",
      "lang": "en",
      "in_reply_to_status_id_str": "1879294814321225420",
      "in_reply_to_user_id_str": "503744121267110107",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1879294814321225420",
      "in_reply_to_user_id": "503744121267110107"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "26",
      "id_str": "1878633590684979448",
      "truncated": false,
      "retweet_count": "5",
      "id": "1878633590684979448",
      "created_at": "Mon Jan 13 02:42:06 +0000 2025",
      "favorited": false,
      "full_text": "rode past the harbour and the fog horn went off right next to me. i screamed. the gulls screamed. we all screamed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1877914598898653120",
      "truncated": false,
      "retweet_count": "4",
      "id": "1877914598898653120",
      "created_at": "Sat Jan 11 03:05:05 +0000 2025",
      "favorited": false,
      "full_text": "someone left a thank you note on my bike. it said \"thanks for the noodles\". i don't know who you are but you're welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1875417184467032127",
      "truncated": false,
      "retweet_count": "1",
      "id": "1875417184467032127",
      "created_at": "Sat Jan 04 05:41:15 +0000 2025",
      "favorited": false,
      "full_text": "hot take: the second best thing about summer is no gloves. the first is ice cream orders",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1874841025508641479",
      "truncated": false,
      "retweet_count": "1",
      "id": "1874841025508641479",
      "created_at": "Thu Jan 02 15:31:48 +0000 2025",
      "favorited": false,
      "full_text": "my chain is so clean it squeaks from happiness. or rust. probably rust",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "13",
      "id_str": "1872476172058904013",
      "truncated": false,
      "retweet_count": "5",
      "id": "1872476172058904013",
      "created_at": "Fri Dec 27 02:54:43 +0000 2024",
      "favorited": false,
      "full_text": "made a track for every month of the year. january is just wind noise. it's accurate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "17",
      "id_str": "1871694647391657581",
      "truncated": false,
      "retweet_count": "1",
      "id": "1871694647391657581",
      "created_at": "Tue Dec 24 23:09:13 +0000 2024",
      "favorited": false,
      "full_text": "last shift of the year. 21 drops, soaked, happy. see you next year port calder",
      "lang": "en"
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
        "61"
      ],
      "favorite_count": "12",
      "id_str": "1870827131106661623",
      "truncated": false,
      "retweet_count": "2",
      "id": "1870827131106661623",
      "created_at": "Sun Dec 22 13:42:01 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the duck bell is staying. this is who i am now",
      "lang": "en",
      "in_reply_to_status_id_str": "1870809515029548731",
      "in_reply_to_user_id_str": "971813850081035093",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1870809515029548731",
      "in_reply_to_user_id": "971813850081035093"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1868658327811930303",
      "truncated": false,
      "retweet_count": "5",
      "id": "1868658327811930303",
      "created_at": "Mon Dec 16 14:03:58 +0000 2024",
      "favorited": false,
      "full_text": "the duck bell quacks. i've been quacking at taxis all night. they don't know what to do",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1867403106844494660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1867403106844494660",
      "created_at": "Fri Dec 13 02:56:10 +0000 2024",
      "favorited": false,
      "full_text": "the night shift crew did a secret santa. i got a bell shaped like a duck. best present ever",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1865533520999518738",
      "truncated": false,
      "retweet_count": "2",
      "id": "1865533520999518738",
      "created_at": "Sat Dec 07 23:07:06 +0000 2024",
      "favorited": false,
      "full_text": "dispatch gave me a route across the ice rink in the park. no thanks robot",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "34",
      "id_str": "1864086171547334724",
      "truncated": false,
      "retweet_count": "4",
      "id": "1864086171547334724",
      "created_at": "Tue Dec 03 23:15:51 +0000 2024",
      "favorited": false,
      "full_text": "hot take: cycling in the snow is fun for exactly five minutes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1863035427092874383",
      "truncated": false,
      "retweet_count": "1",
      "id": "1863035427092874383",
      "created_at": "Sun Dec 01 01:40:34 +0000 2024",
      "favorited": false,
      "full_text": "woke up to snow on brick. he looked so sad. i wiped him down and told him he's a good bike",
      "lang": "en"
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
        "93"
      ],
      "favorite_count": "38",
      "id_str": "1860887456905126974",
      "truncated": false,
      "retweet_count": "4",
      "id": "1860887456905126974",
      "created_at": "Mon Nov 25 03:25:18 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo the record shop gig was sweaty and perfect. thanks for carrying the speakers",
      "lang": "en",
      "in_reply_to_status_id_str": "1860846688272535721",
      "in_reply_to_user_id_str": "939870841877055824",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1860846688272535721",
      "in_reply_to_user_id": "939870841877055824"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1859434642273945180",
      "truncated": false,
      "retweet_count": "4",
      "id": "1859434642273945180",
      "created_at": "Thu Nov 21 03:12:20 +0000 2024",
      "favorited": false,
      "full_text": "tonight's gig in the basement of the record shop. small room, loud synths, cheap tea. come through",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "33",
      "id_str": "1858685359227271197",
      "truncated": false,
      "retweet_count": "3",
      "id": "1858685359227271197",
      "created_at": "Tue Nov 19 01:34:57 +0000 2024",
      "favorited": false,
      "full_text": "the new bike shop on dock street has free coffee for couriers. i'm never leaving",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1856880550212642660",
      "truncated": false,
      "retweet_count": "5",
      "id": "1856880550212642660",
      "created_at": "Thu Nov 14 02:03:17 +0000 2024",
      "favorited": false,
      "full_text": "two foxes were fighting over a chip outside the station. i gave them another chip. peace in our time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1855097853573768400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855097853573768400",
      "created_at": "Sat Nov 09 03:59:29 +0000 2024",
      "favorited": false,
      "full_text": "bought a new seat and a better lock. the thief has taught me a lesson",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1853305329678921291",
      "truncated": false,
      "retweet_count": "3",
      "id": "1853305329678921291",
      "created_at": "Mon Nov 04 05:16:38 +0000 2024",
      "favorited": false,
      "full_text": "someone stole my seat. just the seat. rode home standing up. my legs are now legendary",
      "lang": "en"
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
        "89"
      ],
      "favorite_count": "25",
      "id_str": "1852540653535944679",
      "truncated": false,
      "retweet_count": "1",
      "id": "1852540653535944679",
      "created_at": "Sat Nov 02 02:38:05 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks bring the projector to the next gig. the bike films were the best part",
      "lang": "en",
      "in_reply_to_status_id_str": "1852502401481319896",
      "in_reply_to_user_id_str": "507518191325631067",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1852502401481319896",
      "in_reply_to_user_id": "507518191325631067"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1850898298305407543",
      "truncated": false,
      "retweet_count": "1",
      "id": "1850898298305407543",
      "created_at": "Mon Oct 28 13:51:57 +0000 2024",
      "favorited": false,
      "full_text": "rode home at sunrise and the whole river was gold. stopped on the bridge and just looked at it for a minute",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "36",
      "id_str": "1848930599304961719",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848930599304961719",
      "created_at": "Wed Oct 23 03:33:01 +0000 2024",
      "favorited": false,
      "full_text": "hot take: if your building has no lift you should tip double. stairs are a workout i didn't sign up for",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1848223888442220217",
      "truncated": false,
      "retweet_count": "3",
      "id": "1848223888442220217",
      "created_at": "Mon Oct 21 04:44:48 +0000 2024",
      "favorited": false,
      "full_text": "the dispatch app now gives us badges for riding in the rain. i have all of them. all of them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1847424068220658298",
      "truncated": false,
      "retweet_count": "3",
      "id": "1847424068220658298",
      "created_at": "Fri Oct 18 23:46:36 +0000 2024",
      "favorited": false,
      "full_text": "new album track list is done. the last track is 20 minutes of the harbour at dawn. no synths. just gulls",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "35",
      "id_str": "1844396737036178507",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844396737036178507",
      "created_at": "Thu Oct 10 15:17:04 +0000 2024",
      "favorited": false,
      "full_text": "my legs after a 60 km shift: jelly. my wallet after a 60 km shift: slightly less jelly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1843431057257589376",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843431057257589376",
      "created_at": "Mon Oct 07 23:19:48 +0000 2024",
      "favorited": false,
      "full_text": "delivered a birthday cake to a 90 year old lady. she made me stay for a slice. best drop of my life",
      "lang": "en"
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
        "56"
      ],
      "favorite_count": "33",
      "id_str": "1842575419243313027",
      "truncated": false,
      "retweet_count": "3",
      "id": "1842575419243313027",
      "created_at": "Sat Oct 05 14:39:48 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray no the twenty is not for the unicycle fund",
      "lang": "en",
      "in_reply_to_status_id_str": "1842523577647175548",
      "in_reply_to_user_id_str": "580396452318195167",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1842523577647175548",
      "in_reply_to_user_id": "580396452318195167"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1840228630656570160",
      "truncated": false,
      "retweet_count": "3",
      "id": "1840228630656570160",
      "created_at": "Sun Sep 29 03:14:30 +0000 2024",
      "favorited": false,
      "full_text": "found a twenty in a puddle. dried it on the radiator at the depot. rich",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1839171582164585824",
      "truncated": false,
      "retweet_count": "5",
      "id": "1839171582164585824",
      "created_at": "Thu Sep 26 05:14:10 +0000 2024",
      "favorited": false,
      "full_text": "the canal path is closed again. so now i ride on the road with the buses. the buses are not happy. neither am i",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1837270044115498806",
      "truncated": false,
      "retweet_count": "3",
      "id": "1837270044115498806",
      "created_at": "Fri Sep 20 23:18:08 +0000 2024",
      "favorited": false,
      "full_text": "rode behind a street sweeper for two blocks. cleanest i've ever been on a bike",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "17",
      "id_str": "1835834283524708986",
      "truncated": false,
      "retweet_count": "1",
      "id": "1835834283524708986",
      "created_at": "Tue Sep 17 00:12:56 +0000 2024",
      "favorited": false,
      "full_text": "someone asked if the synth is hard to learn. bro i still don't know what half the knobs do",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "34",
      "id_str": "1834422673733801280",
      "truncated": false,
      "retweet_count": "5",
      "id": "1834422673733801280",
      "created_at": "Fri Sep 13 02:43:42 +0000 2024",
      "favorited": false,
      "full_text": "hot take: the best snack for a night shift is cold pizza. the second best is also cold pizza",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1833652603714565979",
      "truncated": false,
      "retweet_count": "4",
      "id": "1833652603714565979",
      "created_at": "Tue Sep 10 23:43:43 +0000 2024",
      "favorited": false,
      "full_text": "made a beat out of the sound of my lock clicking shut. it's called \"home safe\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1832418605924776388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832418605924776388",
      "created_at": "Sat Sep 07 14:00:15 +0000 2024",
      "favorited": false,
      "full_text": "shift report: rain, rain, a rainbow at 6am, more rain. port calder in one sentence",
      "lang": "en"
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
        "93"
      ],
      "favorite_count": "20",
      "id_str": "1830019724083264889",
      "truncated": false,
      "retweet_count": "1",
      "id": "1830019724083264889",
      "created_at": "Sat Aug 31 23:07:57 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops turns out my birthday is on my courier badge. mystery solved. still a nice guy",
      "lang": "en",
      "in_reply_to_status_id_str": "1830015949210416303",
      "in_reply_to_user_id_str": "366581264089161945",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1830015949210416303",
      "in_reply_to_user_id": "366581264089161945"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1829305056624038271",
      "truncated": false,
      "retweet_count": "2",
      "id": "1829305056624038271",
      "created_at": "Thu Aug 29 23:48:07 +0000 2024",
      "favorited": false,
      "full_text": "the corner shop guy gave me a free energy drink because it was my birthday. i didn't tell him. he just knew",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1827127873107727972",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827127873107727972",
      "created_at": "Fri Aug 23 23:36:46 +0000 2024",
      "favorited": false,
      "full_text": "new front light is so bright i can read street signs from a mile away. also blinded a pigeon. sorry pigeon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1826627618470153289",
      "truncated": false,
      "retweet_count": "4",
      "id": "1826627618470153289",
      "created_at": "Thu Aug 22 14:28:56 +0000 2024",
      "favorited": false,
      "full_text": "spring shift: blossoms on the bike lane instead of leaves. still slippery. slightly prettier",
      "lang": "en"
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
      "favorite_count": "23",
      "id_str": "1823921923291544962",
      "truncated": false,
      "retweet_count": "3",
      "id": "1823921923291544962",
      "created_at": "Thu Aug 15 03:17:28 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo the goose noise is gone. brick is silent. it's unsettling honestly",
      "lang": "en",
      "in_reply_to_status_id_str": "1823871591643948217",
      "in_reply_to_user_id_str": "972706216316109850",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1823871591643948217",
      "in_reply_to_user_id": "972706216316109850"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1823497866574128604",
      "truncated": false,
      "retweet_count": "4",
      "id": "1823497866574128604",
      "created_at": "Tue Aug 13 23:12:25 +0000 2024",
      "favorited": false,
      "full_text": "the fog tonight was so thick i could only see my own front light. like riding inside a cloud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1821550061156076731",
      "truncated": false,
      "retweet_count": "5",
      "id": "1821550061156076731",
      "created_at": "Thu Aug 08 14:12:32 +0000 2024",
      "favorited": false,
      "full_text": "a tiny dog chased me for a whole block tonight. he was so proud of himself when i stopped. good boy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1820097254916208780",
      "truncated": false,
      "retweet_count": "4",
      "id": "1820097254916208780",
      "created_at": "Sun Aug 04 13:59:36 +0000 2024",
      "favorited": false,
      "full_text": "my knees are making the same noise as my bottom bracket. time for a service. for both of us",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1819509205103663815",
      "truncated": false,
      "retweet_count": "4",
      "id": "1819509205103663815",
      "created_at": "Fri Aug 02 23:02:54 +0000 2024",
      "favorited": false,
      "full_text": "hot take: kickstands are for quitters",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1816688707631324133",
      "truncated": false,
      "retweet_count": "4",
      "id": "1816688707631324133",
      "created_at": "Fri Jul 26 04:15:15 +0000 2024",
      "favorited": false,
      "full_text": "rode across the whole city tonight and didn't hit a single red light. a once in a lifetime night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1815889290066314921",
      "truncated": false,
      "retweet_count": "5",
      "id": "1815889290066314921",
      "created_at": "Tue Jul 23 23:18:39 +0000 2024",
      "favorited": false,
      "full_text": "woke up at 3pm. had breakfast at 4. started work at 9. the night shift diet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1814495472516112316",
      "truncated": false,
      "retweet_count": "5",
      "id": "1814495472516112316",
      "created_at": "Sat Jul 20 03:00:07 +0000 2024",
      "favorited": false,
      "full_text": "the old cinema gig was amazing. 80 people. the projector played old bike films behind us. magic",
      "lang": "en"
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
        "113"
      ],
      "favorite_count": "35",
      "id_str": "1813580287964842804",
      "truncated": false,
      "retweet_count": "4",
      "id": "1813580287964842804",
      "created_at": "Wed Jul 17 14:23:30 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks yes we're doing the gig at the old cinema. bring earplugs and a jumper, it's freezing in there",
      "lang": "en",
      "in_reply_to_status_id_str": "1813571479929689228",
      "in_reply_to_user_id_str": "780220636140506071",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1813571479929689228",
      "in_reply_to_user_id": "780220636140506071"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1811559400996323301",
      "truncated": false,
      "retweet_count": "4",
      "id": "1811559400996323301",
      "created_at": "Fri Jul 12 00:33:13 +0000 2024",
      "favorited": false,
      "full_text": "dispatch sent me to the other side of the river at 2am for a single coffee. the coffee was cold when i got there. i was too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1809068550649695625",
      "truncated": false,
      "retweet_count": "3",
      "id": "1809068550649695625",
      "created_at": "Fri Jul 05 03:35:28 +0000 2024",
      "favorited": false,
      "full_text": "i keep a spare tube, a multitool and a banana in my bag at all times. the banana is the most important",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1808494551759800040",
      "truncated": false,
      "retweet_count": "5",
      "id": "1808494551759800040",
      "created_at": "Wed Jul 03 13:34:36 +0000 2024",
      "favorited": false,
      "full_text": "shift report: 19 drops, 2 dogs petted, 1 flat, 0 crashes. a good night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1807247195108547775",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807247195108547775",
      "created_at": "Sun Jun 30 02:58:03 +0000 2024",
      "favorited": false,
      "full_text": "recorded a whole track using only sounds from the bike shop. tyre pumps make great bass",
      "lang": "en"
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
        "91"
      ],
      "favorite_count": "22",
      "id_str": "1805979236039251734",
      "truncated": false,
      "retweet_count": "4",
      "id": "1805979236039251734",
      "created_at": "Wed Jun 26 14:59:38 +0000 2024",
      "favorited": false,
      "full_text": "@calder_couriers the lane to nowhere is on mill street again. gary's cousin is parked on it",
      "lang": "en",
      "in_reply_to_status_id_str": "1805943500568429710",
      "in_reply_to_user_id_str": "440722921549079717",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1805943500568429710",
      "in_reply_to_user_id": "440722921549079717"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "13",
      "id_str": "1803790769846659289",
      "truncated": false,
      "retweet_count": "5",
      "id": "1803790769846659289",
      "created_at": "Thu Jun 20 14:03:27 +0000 2024",
      "favorited": false,
      "full_text": "the city painted a new bike lane. it's bright green. it ends in a wall. thanks port calder",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1802479705912647285",
      "truncated": false,
      "retweet_count": "2",
      "id": "1802479705912647285",
      "created_at": "Sun Jun 16 23:13:45 +0000 2024",
      "favorited": false,
      "full_text": "new tyre pressure gauge. turns out i've been riding on half empty tyres for a year. everything is fast now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1801032348072792875",
      "truncated": false,
      "retweet_count": "3",
      "id": "1801032348072792875",
      "created_at": "Wed Jun 12 23:22:28 +0000 2024",
      "favorited": false,
      "full_text": "hot take: rain jackets should have more pockets. i need a pocket for snacks. and one for more snacks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1799639671373974169",
      "truncated": false,
      "retweet_count": "3",
      "id": "1799639671373974169",
      "created_at": "Sun Jun 09 03:08:28 +0000 2024",
      "favorited": false,
      "full_text": "someone asked me if i'm a robot because i'm always on the same corner at 3am. fair question",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1798727448002233311",
      "truncated": false,
      "retweet_count": "2",
      "id": "1798727448002233311",
      "created_at": "Thu Jun 06 14:43:37 +0000 2024",
      "favorited": false,
      "full_text": "played the laundrette again. the dryers were quiet this time. i missed them",
      "lang": "en"
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
        "60"
      ],
      "favorite_count": "35",
      "id_str": "1797263807873513814",
      "truncated": false,
      "retweet_count": "4",
      "id": "1797263807873513814",
      "created_at": "Sun Jun 02 13:47:38 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the pizza was gone in 6 minutes. a new record",
      "lang": "en",
      "in_reply_to_status_id_str": "1797212721249175984",
      "in_reply_to_user_id_str": "367793432461196627",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1797212721249175984",
      "in_reply_to_user_id": "367793432461196627"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "18",
      "id_str": "1795446831183762852",
      "truncated": false,
      "retweet_count": "4",
      "id": "1795446831183762852",
      "created_at": "Tue May 28 13:27:37 +0000 2024",
      "favorited": false,
      "full_text": "finished a 14 hour shift and i can't feel my face. going to eat a whole pizza and sleep for a week",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1794014560253410921",
      "truncated": false,
      "retweet_count": "2",
      "id": "1794014560253410921",
      "created_at": "Fri May 24 14:36:17 +0000 2024",
      "favorited": false,
      "full_text": "the harbour at 5am is just gulls and fog and one guy fishing. same guy every day. i think he lives there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1792183549426955842",
      "truncated": false,
      "retweet_count": "5",
      "id": "1792183549426955842",
      "created_at": "Sun May 19 13:20:30 +0000 2024",
      "favorited": false,
      "full_text": "my sequencer has one broken button and it's the button i need most. classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1791124135345127263",
      "truncated": false,
      "retweet_count": "3",
      "id": "1791124135345127263",
      "created_at": "Thu May 16 15:10:46 +0000 2024",
      "favorited": false,
      "full_text": "bought a new bell. it goes ding instead of dong. i feel like a different person",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1789679658989082187",
      "truncated": false,
      "retweet_count": "1",
      "id": "1789679658989082187",
      "created_at": "Sun May 12 15:30:56 +0000 2024",
      "favorited": false,
      "full_text": "rained so hard tonight the bike lane became a river. i became a boat",
      "lang": "en"
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
        "81"
      ],
      "favorite_count": "15",
      "id_str": "1787683782654204967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787683782654204967",
      "created_at": "Tue May 07 03:20:02 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray i saw you on the news lol. unicycle guy saves cat from tree. legend",
      "lang": "en",
      "in_reply_to_status_id_str": "1787681266073148970",
      "in_reply_to_user_id_str": "939233304158457701",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1787681266073148970",
      "in_reply_to_user_id": "939233304158457701"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "24",
      "id_str": "1786894586610383621",
      "truncated": false,
      "retweet_count": "2",
      "id": "1786894586610383621",
      "created_at": "Sat May 04 23:04:03 +0000 2024",
      "favorited": false,
      "full_text": "the night bus driver now waves at me every night. we're basically colleagues. we've never spoken",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1784955178186298443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784955178186298443",
      "created_at": "Mon Apr 29 14:37:32 +0000 2024",
      "favorited": false,
      "full_text": "hot take: the best time to ride is 4am. nobody is awake and the lights are all green",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1783305784915438094",
      "truncated": false,
      "retweet_count": "3",
      "id": "1783305784915438094",
      "created_at": "Thu Apr 25 01:23:26 +0000 2024",
      "favorited": false,
      "full_text": "someone tipped me in chocolate coins. i ate them at a red light. no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "13",
      "id_str": "1782189567378228038",
      "truncated": false,
      "retweet_count": "2",
      "id": "1782189567378228038",
      "created_at": "Sun Apr 21 23:27:59 +0000 2024",
      "favorited": false,
      "full_text": "late shift soundtrack: foxes screaming, a distant siren, my chain clicking. port calder lullaby",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1780027848258651504",
      "truncated": false,
      "retweet_count": "4",
      "id": "1780027848258651504",
      "created_at": "Tue Apr 16 00:18:05 +0000 2024",
      "favorited": false,
      "full_text": "made a synth patch that sounds exactly like the drawbridge alarm. played it at a gig and two people left. art is hard",
      "lang": "en"
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
        "85"
      ],
      "favorite_count": "1",
      "id_str": "1779003511143681653",
      "truncated": false,
      "retweet_count": "4",
      "id": "1779003511143681653",
      "created_at": "Sat Apr 13 04:27:44 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo i'm bringing brick in on thursday. it's making the goose noise again",
      "lang": "en",
      "in_reply_to_status_id_str": "1778984133460830672",
      "in_reply_to_user_id_str": "394097144381443823",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1778984133460830672",
      "in_reply_to_user_id": "394097144381443823"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1777001406264411574",
      "truncated": false,
      "retweet_count": "3",
      "id": "1777001406264411574",
      "created_at": "Sun Apr 07 15:52:05 +0000 2024",
      "favorited": false,
      "full_text": "the gasworks hill has a new pothole. it's deeper than the old one. progress",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1775340700957833444",
      "truncated": false,
      "retweet_count": "4",
      "id": "1775340700957833444",
      "created_at": "Wed Apr 03 01:53:02 +0000 2024",
      "favorited": false,
      "full_text": "delivered noodles to a guy who was also a courier. we just nodded. respect between professionals",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1775324670328954242",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775324670328954242",
      "created_at": "Wed Apr 03 00:49:20 +0000 2024",
      "favorited": false,
      "full_text": "new gloves. they have a tiny window for your phone. the window does not work. nothing works",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "34",
      "id_str": "1772762802026117927",
      "truncated": false,
      "retweet_count": "1",
      "id": "1772762802026117927",
      "created_at": "Tue Mar 26 23:09:23 +0000 2024",
      "favorited": false,
      "full_text": "hot take: the back wheel is the most important wheel. the front wheel is just there for the look",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1772431326182885790",
      "truncated": false,
      "retweet_count": "4",
      "id": "1772431326182885790",
      "created_at": "Tue Mar 26 01:12:13 +0000 2024",
      "favorited": false,
      "full_text": "rode past a wedding at 1am and the whole party cheered at me. i rang the bell twice. felt famous",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1770281258842081044",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770281258842081044",
      "created_at": "Wed Mar 20 02:48:37 +0000 2024",
      "favorited": false,
      "full_text": "dispatch app update broke the map again. i'm navigating by vibes and the smell of the river",
      "lang": "en"
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
        "76"
      ],
      "favorite_count": "23",
      "id_str": "1768440592725551007",
      "truncated": false,
      "retweet_count": "5",
      "id": "1768440592725551007",
      "created_at": "Fri Mar 15 00:54:28 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks the new album is done. 11 tracks. 3 of them are just rain",
      "lang": "en",
      "in_reply_to_status_id_str": "1768404353939314134",
      "in_reply_to_user_id_str": "309567169970691611",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1768404353939314134",
      "in_reply_to_user_id": "309567169970691611"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "24",
      "id_str": "1767757755841315201",
      "truncated": false,
      "retweet_count": "5",
      "id": "1767757755841315201",
      "created_at": "Wed Mar 13 03:41:07 +0000 2024",
      "favorited": false,
      "full_text": "first warm night of the year. rode with the jacket open like a superhero. caught a cold. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "13",
      "id_str": "1765929110599354731",
      "truncated": false,
      "retweet_count": "5",
      "id": "1765929110599354731",
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
      "favorite_count": "15",
      "id_str": "1764502669754185317",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764502669754185317",
      "created_at": "Mon Mar 04 04:06:34 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo thanks for fixing the bottom bracket. it was making noises like a dying goose",
      "lang": "en",
      "in_reply_to_status_id_str": "1764474232372186493",
      "in_reply_to_user_id_str": "500373224569843610",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1764474232372186493",
      "in_reply_to_user_id": "500373224569843610"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "39",
      "id_str": "1762263431512689222",
      "truncated": false,
      "retweet_count": "2",
      "id": "1762263431512689222",
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
      "favorite_count": "25",
      "id_str": "1759765169832957168",
      "truncated": false,
      "retweet_count": "1",
      "id": "1759765169832957168",
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
      "favorite_count": "16",
      "id_str": "1758873083311221676",
      "truncated": false,
      "retweet_count": "1",
      "id": "1758873083311221676",
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
      "favorite_count": "19",
      "id_str": "1756671296009465407",
      "truncated": false,
      "retweet_count": "3",
      "id": "1756671296009465407",
      "created_at": "Sun Feb 11 13:27:29 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the banana was for a baby. the parents looked so tired. gave them a thumbs up",
      "lang": "en",
      "in_reply_to_status_id_str": "1756619706070417400",
      "in_reply_to_user_id_str": "145366483627970106",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1756619706070417400",
      "in_reply_to_user_id": "145366483627970106"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1755772238560097834",
      "truncated": false,
      "retweet_count": "4",
      "id": "1755772238560097834",
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
      "favorite_count": "8",
      "id_str": "1754289401101583609",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754289401101583609",
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
      "favorite_count": "16",
      "id_str": "1751776459358237596",
      "truncated": false,
      "retweet_count": "5",
      "id": "1751776459358237596",
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
      "favorite_count": "23",
      "id_str": "1749600508966941966",
      "truncated": false,
      "retweet_count": "3",
      "id": "1749600508966941966",
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
      "favorite_count": "20",
      "id_str": "1747443458113202656",
      "truncated": false,
      "retweet_count": "5",
      "id": "1747443458113202656",
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
      "favorite_count": "36",
      "id_str": "1745644395296973785",
      "truncated": false,
      "retweet_count": "3",
      "id": "1745644395296973785",
      "created_at": "Fri Jan 12 03:10:31 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray no you can't ride the unicycle on the ice. ray. no",
      "lang": "en",
      "in_reply_to_status_id_str": "1745640368767849378",
      "in_reply_to_user_id_str": "809334996395861653",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1745640368767849378",
      "in_reply_to_user_id": "809334996395861653"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1744504849036906738",
      "truncated": false,
      "retweet_count": "3",
      "id": "1744504849036906738",
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
      "favorite_count": "22",
      "id_str": "1743496265725719848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1743496265725719848",
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
      "favorite_count": "17",
      "id_str": "1740558285799405282",
      "truncated": false,
      "retweet_count": "0",
      "id": "1740558285799405282",
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
      "favorite_count": "37",
      "id_str": "1739456018512929710",
      "truncated": false,
      "retweet_count": "1",
      "id": "1739456018512929710",
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
      "favorite_count": "30",
      "id_str": "1737116699982492116",
      "truncated": false,
      "retweet_count": "1",
      "id": "1737116699982492116",
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
      "favorite_count": "5",
      "id_str": "1736384638746051448",
      "truncated": false,
      "retweet_count": "0",
      "id": "1736384638746051448",
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
      "favorite_count": "20",
      "id_str": "1733317910461658975",
      "truncated": false,
      "retweet_count": "3",
      "id": "1733317910461658975",
      "created_at": "Sat Dec 09 02:49:28 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks your light show was the best part. the synth was second",
      "lang": "en",
      "in_reply_to_status_id_str": "1733305327548925264",
      "in_reply_to_user_id_str": "782958954731839129",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1733305327548925264",
      "in_reply_to_user_id": "782958954731839129"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1732587833130548556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1732587833130548556",
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
      "favorite_count": "36",
      "id_str": "1730608209720517301",
      "truncated": false,
      "retweet_count": "2",
      "id": "1730608209720517301",
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
      "favorite_count": "12",
      "id_str": "1728272330522036250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1728272330522036250",
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
      "favorite_count": "31",
      "id_str": "1726041678018822910",
      "truncated": false,
      "retweet_count": "2",
      "id": "1726041678018822910",
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
      "favorite_count": "10",
      "id_str": "1725668720506771606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1725668720506771606",
      "created_at": "Sat Nov 18 00:14:19 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops why is the kid on a bus at midnight. not my business. still waved",
      "lang": "en",
      "in_reply_to_status_id_str": "1725635753277128570",
      "in_reply_to_user_id_str": "721157904845239581",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1725635753277128570",
      "in_reply_to_user_id": "721157904845239581"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1722971158083867209",
      "truncated": false,
      "retweet_count": "1",
      "id": "1722971158083867209",
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
      "favorite_count": "36",
      "id_str": "1722066501235811311",
      "truncated": false,
      "retweet_count": "5",
      "id": "1722066501235811311",
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
      "favorite_count": "28",
      "id_str": "1718867824345201079",
      "truncated": false,
      "retweet_count": "2",
      "id": "1718867824345201079",
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
      "favorite_count": "6",
      "id_str": "1717315214637620365",
      "truncated": false,
      "retweet_count": "4",
      "id": "1717315214637620365",
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
      "favorite_count": "37",
      "id_str": "1715931803156959600",
      "truncated": false,
      "retweet_count": "2",
      "id": "1715931803156959600",
      "created_at": "Sun Oct 22 03:23:17 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes i need new brake pads no i will not buy the cheap ones again",
      "lang": "en",
      "in_reply_to_status_id_str": "1715896319342012645",
      "in_reply_to_user_id_str": "598030653516303884",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1715896319342012645",
      "in_reply_to_user_id": "598030653516303884"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1712991667356393557",
      "truncated": false,
      "retweet_count": "2",
      "id": "1712991667356393557",
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
      "id_str": "1711951920366419935",
      "truncated": false,
      "retweet_count": "5",
      "id": "1711951920366419935",
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
      "favorite_count": "27",
      "id_str": "1709716436024273084",
      "truncated": false,
      "retweet_count": "4",
      "id": "1709716436024273084",
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
      "favorite_count": "13",
      "id_str": "1707775442158243898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1707775442158243898",
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
      "favorite_count": "16",
      "id_str": "1706495176999462820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1706495176999462820",
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
      "favorite_count": "20",
      "id_str": "1705072062232772489",
      "truncated": false,
      "retweet_count": "0",
      "id": "1705072062232772489",
      "created_at": "Fri Sep 22 04:10:33 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks the mural is so good. port calder finally gets something right",
      "lang": "en",
      "in_reply_to_status_id_str": "1705031293598776051",
      "in_reply_to_user_id_str": "767179158247036361",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1705031293598776051",
      "in_reply_to_user_id": "767179158247036361"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "39",
      "id_str": "1703909086592928150",
      "truncated": false,
      "retweet_count": "1",
      "id": "1703909086592928150",
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
      "favorite_count": "31",
      "id_str": "1701019429239884056",
      "truncated": false,
      "retweet_count": "1",
      "id": "1701019429239884056",
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
      "favorite_count": "32",
      "id_str": "1699422406048538127",
      "truncated": false,
      "retweet_count": "5",
      "id": "1699422406048538127",
      "created_at": "Wed Sep 06 14:00:50 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops the address was a car park. the customer lived in the car park?? no further questions",
      "lang": "en",
      "in_reply_to_status_id_str": "1699363014703984605",
      "in_reply_to_user_id_str": "735574996070754234",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1699363014703984605",
      "in_reply_to_user_id": "735574996070754234"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1697395202458200340",
      "truncated": false,
      "retweet_count": "2",
      "id": "1697395202458200340",
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
      "favorite_count": "14",
      "id_str": "1696354843098053380",
      "truncated": false,
      "retweet_count": "5",
      "id": "1696354843098053380",
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
      "favorite_count": "11",
      "id_str": "1693433455837615117",
      "truncated": false,
      "retweet_count": "2",
      "id": "1693433455837615117",
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
      "favorite_count": "11",
      "id_str": "1692170156635735587",
      "truncated": false,
      "retweet_count": "0",
      "id": "1692170156635735587",
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
      "favorite_count": "9",
      "id_str": "1691112638381873705",
      "truncated": false,
      "retweet_count": "1",
      "id": "1691112638381873705",
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
      "favorite_count": "36",
      "id_str": "1688696413093627036",
      "truncated": false,
      "retweet_count": "5",
      "id": "1688696413093627036",
      "created_at": "Mon Aug 07 23:39:34 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray you were the dancing guy weren't you",
      "lang": "en",
      "in_reply_to_status_id_str": "1688680055307282074",
      "in_reply_to_user_id_str": "201255308753558026",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1688680055307282074",
      "in_reply_to_user_id": "201255308753558026"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1686917931727660853",
      "truncated": false,
      "retweet_count": "2",
      "id": "1686917931727660853",
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
      "favorite_count": "31",
      "id_str": "1684026613430195256",
      "truncated": false,
      "retweet_count": "5",
      "id": "1684026613430195256",
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
      "favorite_count": "12",
      "id_str": "1682576734813082550",
      "truncated": false,
      "retweet_count": "0",
      "id": "1682576734813082550",
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
      "favorite_count": "2",
      "id_str": "1681094732019320106",
      "truncated": false,
      "retweet_count": "1",
      "id": "1681094732019320106",
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
      "favorite_count": "25",
      "id_str": "1678627843735802852",
      "truncated": false,
      "retweet_count": "0",
      "id": "1678627843735802852",
      "created_at": "Tue Jul 11 04:50:40 +0000 2023",
      "favorited": false,
      "full_text": "@synth_swap_pc ok it's a little haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1678575498818597762",
      "in_reply_to_user_id_str": "472689858665107669",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1678575498818597762",
      "in_reply_to_user_id": "472689858665107669"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1676758845096509997",
      "truncated": false,
      "retweet_count": "5",
      "id": "1676758845096509997",
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
      "favorite_count": "26",
      "id_str": "1674593426601138286",
      "truncated": false,
      "retweet_count": "3",
      "id": "1674593426601138286",
      "created_at": "Fri Jun 30 01:39:20 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo the chain is oiled. i repeat the chain is oiled",
      "lang": "en",
      "in_reply_to_status_id_str": "1674578578768539606",
      "in_reply_to_user_id_str": "285159423986671781",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1674578578768539606",
      "in_reply_to_user_id": "285159423986671781"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1673892516460252708",
      "truncated": false,
      "retweet_count": "0",
      "id": "1673892516460252708",
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
      "favorite_count": "22",
      "id_str": "1671662052702273279",
      "truncated": false,
      "retweet_count": "0",
      "id": "1671662052702273279",
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
      "favorite_count": "23",
      "id_str": "1669900042368725059",
      "truncated": false,
      "retweet_count": "2",
      "id": "1669900042368725059",
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
      "favorite_count": "14",
      "id_str": "1669487159279357462",
      "truncated": false,
      "retweet_count": "0",
      "id": "1669487159279357462",
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
      "favorite_count": "12",
      "id_str": "1667313700307234304",
      "truncated": false,
      "retweet_count": "5",
      "id": "1667313700307234304",
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
      "favorite_count": "17",
      "id_str": "1665550180025235087",
      "truncated": false,
      "retweet_count": "0",
      "id": "1665550180025235087",
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
      "favorite_count": "21",
      "id_str": "1664448852260530212",
      "truncated": false,
      "retweet_count": "1",
      "id": "1664448852260530212",
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
      "favorite_count": "1",
      "id_str": "1663570460145478389",
      "truncated": false,
      "retweet_count": "3",
      "id": "1663570460145478389",
      "created_at": "Tue May 30 15:38:00 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray i had a spare. you owe me a coffee",
      "lang": "en",
      "in_reply_to_status_id_str": "1663563665374237067",
      "in_reply_to_user_id_str": "768824021113044112",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1663563665374237067",
      "in_reply_to_user_id": "768824021113044112"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1661721598360521267",
      "truncated": false,
      "retweet_count": "3",
      "id": "1661721598360521267",
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
      "favorite_count": "31",
      "id_str": "1659584382369889414",
      "truncated": false,
      "retweet_count": "3",
      "id": "1659584382369889414",
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
      "favorite_count": "38",
      "id_str": "1658613132557449896",
      "truncated": false,
      "retweet_count": "4",
      "id": "1658613132557449896",
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
      "favorite_count": "26",
      "id_str": "1657196133087105809",
      "truncated": false,
      "retweet_count": "1",
      "id": "1657196133087105809",
      "created_at": "Sat May 13 01:28:42 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks it melted on the way. i apologised to the ice cream personally",
      "lang": "en",
      "in_reply_to_status_id_str": "1657184808468077947",
      "in_reply_to_user_id_str": "883528038101462448",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1657184808468077947",
      "in_reply_to_user_id": "883528038101462448"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1655577337266022030",
      "truncated": false,
      "retweet_count": "1",
      "id": "1655577337266022030",
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
      "favorite_count": "19",
      "id_str": "1653991911322961699",
      "truncated": false,
      "retweet_count": "3",
      "id": "1653991911322961699",
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
      "favorite_count": "6",
      "id_str": "1652873214951005897",
      "truncated": false,
      "retweet_count": "5",
      "id": "1652873214951005897",
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
      "id_str": "1651426079408573856",
      "truncated": false,
      "retweet_count": "1",
      "id": "1651426079408573856",
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
      "favorite_count": "2",
      "id_str": "1649273726172413865",
      "truncated": false,
      "retweet_count": "4",
      "id": "1649273726172413865",
      "created_at": "Fri Apr 21 04:47:53 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers the van has a name now. we call him gary",
      "lang": "en",
      "in_reply_to_status_id_str": "1649249063664783983",
      "in_reply_to_user_id_str": "412604824081558789",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1649249063664783983",
      "in_reply_to_user_id": "412604824081558789"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "25",
      "id_str": "1647951039821080763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1647951039821080763",
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
      "favorite_count": "20",
      "id_str": "1646707726482820491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1646707726482820491",
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
      "favorite_count": "10",
      "id_str": "1644840611083639544",
      "truncated": false,
      "retweet_count": "5",
      "id": "1644840611083639544",
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
      "favorite_count": "30",
      "id_str": "1643082178495182245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1643082178495182245",
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
      "favorite_count": "27",
      "id_str": "1641994293477393220",
      "truncated": false,
      "retweet_count": "5",
      "id": "1641994293477393220",
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
      "favorite_count": "5",
      "id_str": "1641077523481299370",
      "truncated": false,
      "retweet_count": "2",
      "id": "1641077523481299370",
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
      "favorite_count": "3",
      "id_str": "1639419234089471706",
      "truncated": false,
      "retweet_count": "3",
      "id": "1639419234089471706",
      "created_at": "Sat Mar 25 00:09:39 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo brakes are fine they just sound haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1639396333189755454",
      "in_reply_to_user_id_str": "847422967292543673",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1639396333189755454",
      "in_reply_to_user_id": "847422967292543673"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1637598377671509585",
      "truncated": false,
      "retweet_count": "3",
      "id": "1637598377671509585",
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
      "favorite_count": "32",
      "id_str": "1636884381303779921",
      "truncated": false,
      "retweet_count": "3",
      "id": "1636884381303779921",
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
      "favorite_count": "7",
      "id_str": "1635083879839557671",
      "truncated": false,
      "retweet_count": "5",
      "id": "1635083879839557671",
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
      "favorite_count": "38",
      "id_str": "1634190098823282025",
      "truncated": false,
      "retweet_count": "4",
      "id": "1634190098823282025",
      "created_at": "Fri Mar 10 13:50:56 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops i hope the pizza helped",
      "lang": "en",
      "in_reply_to_status_id_str": "1634133224062835913",
      "in_reply_to_user_id_str": "857902713492891308",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1634133224062835913",
      "in_reply_to_user_id": "857902713492891308"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1631117179747869086",
      "truncated": false,
      "retweet_count": "1",
      "id": "1631117179747869086",
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
      "favorite_count": "17",
      "id_str": "1631117121027621188",
      "truncated": false,
      "retweet_count": "4",
      "id": "1631117121027621188",
      "created_at": "Thu Mar 02 02:20:01 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray told you the laundrette was cursed. or blessed. one of those",
      "lang": "en",
      "in_reply_to_status_id_str": "1631061001239131636",
      "in_reply_to_user_id_str": "417324805933572558",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1631061001239131636",
      "in_reply_to_user_id": "417324805933572558"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1628590958834955857",
      "truncated": false,
      "retweet_count": "3",
      "id": "1628590958834955857",
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
      "favorite_count": "37",
      "id_str": "1627844204953784253",
      "truncated": false,
      "retweet_count": "4",
      "id": "1627844204953784253",
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
      "favorite_count": "30",
      "id_str": "1626780126803524598",
      "truncated": false,
      "retweet_count": "1",
      "id": "1626780126803524598",
      "created_at": "Sat Feb 18 03:06:21 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers if anyone sees a grey single speed with a green bar tape please tell me. no questions asked",
      "lang": "en",
      "in_reply_to_status_id_str": "1626719980484790905",
      "in_reply_to_user_id_str": "303648678615384127",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1626719980484790905",
      "in_reply_to_user_id": "303648678615384127"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1623852943014417949",
      "truncated": false,
      "retweet_count": "1",
      "id": "1623852943014417949",
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
      "favorite_count": "3",
      "id_str": "1622818145301680663",
      "truncated": false,
      "retweet_count": "4",
      "id": "1622818145301680663",
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
      "favorite_count": "22",
      "id_str": "1621360830185949113",
      "truncated": false,
      "retweet_count": "5",
      "id": "1621360830185949113",
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
      "favorite_count": "32",
      "id_str": "1619725051624899993",
      "truncated": false,
      "retweet_count": "3",
      "id": "1619725051624899993",
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
      "favorite_count": "35",
      "id_str": "1618456815731178506",
      "truncated": false,
      "retweet_count": "0",
      "id": "1618456815731178506",
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
      "favorite_count": "33",
      "id_str": "1617370839120908627",
      "truncated": false,
      "retweet_count": "0",
      "id": "1617370839120908627",
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
      "favorite_count": "11",
      "id_str": "1616279690934715505",
      "truncated": false,
      "retweet_count": "4",
      "id": "1616279690934715505",
      "created_at": "Fri Jan 20 03:41:22 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks pics or it didn't happen. actually don't",
      "lang": "en",
      "in_reply_to_status_id_str": "1616262074858189794",
      "in_reply_to_user_id_str": "491235921305989869",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1616262074858189794",
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
        "67"
      ],
      "favorite_count": "16",
      "id_str": "1614827811634407699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1614827811634407699",
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
      "favorite_count": "6",
      "id_str": "1613006493841532393",
      "truncated": false,
      "retweet_count": "3",
      "id": "1613006493841532393",
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
      "favorite_count": "25",
      "id_str": "1610828807011038754",
      "truncated": false,
      "retweet_count": "4",
      "id": "1610828807011038754",
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
      "favorite_count": "31",
      "id_str": "1610148427987455058",
      "truncated": false,
      "retweet_count": "5",
      "id": "1610148427987455058",
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
      "favorite_count": "15",
      "id_str": "1609328315726977826",
      "truncated": false,
      "retweet_count": "3",
      "id": "1609328315726977826",
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
      "favorite_count": "4",
      "id_str": "1607917364445575225",
      "truncated": false,
      "retweet_count": "5",
      "id": "1607917364445575225",
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
      "favorite_count": "15",
      "id_str": "1607512077235904534",
      "truncated": false,
      "retweet_count": "5",
      "id": "1607512077235904534",
      "created_at": "Mon Dec 26 23:02:00 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo the socks lied to me",
      "lang": "en",
      "in_reply_to_status_id_str": "1607492447896000431",
      "in_reply_to_user_id_str": "714791263559067608",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1607492447896000431",
      "in_reply_to_user_id": "714791263559067608"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1605556344583571172",
      "truncated": false,
      "retweet_count": "1",
      "id": "1605556344583571172",
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
      "favorite_count": "35",
      "id_str": "1604838028082373919",
      "truncated": false,
      "retweet_count": "4",
      "id": "1604838028082373919",
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
      "favorite_count": "21",
      "id_str": "1604319528221244634",
      "truncated": false,
      "retweet_count": "2",
      "id": "1604319528221244634",
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
      "favorite_count": "13",
      "id_str": "1602494787876692763",
      "truncated": false,
      "retweet_count": "2",
      "id": "1602494787876692763",
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
      "favorite_count": "24",
      "id_str": "1601775959670264059",
      "truncated": false,
      "retweet_count": "3",
      "id": "1601775959670264059",
      "created_at": "Sun Dec 11 03:08:43 +0000 2022",
      "favorited": false,
      "full_text": "@unicycle_ray respect honestly. no gears no brakes no fear",
      "lang": "en",
      "in_reply_to_status_id_str": "1601759098566169608",
      "in_reply_to_user_id_str": "297723617679467744",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1601759098566169608",
      "in_reply_to_user_id": "297723617679467744"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1600731062073086152",
      "truncated": false,
      "retweet_count": "5",
      "id": "1600731062073086152",
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
      "id_str": "1599977379201306985",
      "truncated": false,
      "retweet_count": "4",
      "id": "1599977379201306985",
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
      "favorite_count": "15",
      "id_str": "1598682735968114014",
      "truncated": false,
      "retweet_count": "3",
      "id": "1598682735968114014",
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
      "favorite_count": "26",
      "id_str": "1597257377250895430",
      "truncated": false,
      "retweet_count": "4",
      "id": "1597257377250895430",
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
      "favorite_count": "29",
      "id_str": "1596533834645268508",
      "truncated": false,
      "retweet_count": "2",
      "id": "1596533834645268508",
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
      "favorite_count": "29",
      "id_str": "1595267607819372306",
      "truncated": false,
      "retweet_count": "3",
      "id": "1595267607819372306",
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
      "favorite_count": "11",
      "id_str": "1593995953566815285",
      "truncated": false,
      "retweet_count": "0",
      "id": "1593995953566815285",
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
      "favorite_count": "25",
      "id_str": "1593609570089777477",
      "truncated": false,
      "retweet_count": "2",
      "id": "1593609570089777477",
      "created_at": "Fri Nov 18 14:18:24 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops it has one bag of crisps left and it's been there since july",
      "lang": "en",
      "in_reply_to_status_id_str": "1593571569696583006",
      "in_reply_to_user_id_str": "460412995510726591",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1593571569696583006",
      "in_reply_to_user_id": "460412995510726591"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1591991558600930768",
      "truncated": false,
      "retweet_count": "5",
      "id": "1591991558600930768",
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
      "favorite_count": "23",
      "id_str": "1590849541895840817",
      "truncated": false,
      "retweet_count": "0",
      "id": "1590849541895840817",
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
      "favorite_count": "31",
      "id_str": "1590220417267467378",
      "truncated": false,
      "retweet_count": "4",
      "id": "1590220417267467378",
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
      "favorite_count": "16",
      "id_str": "1589109413249560961",
      "truncated": false,
      "retweet_count": "5",
      "id": "1589109413249560961",
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
      "favorite_count": "0",
      "id_str": "1588190743230752084",
      "truncated": false,
      "retweet_count": "3",
      "id": "1588190743230752084",
      "created_at": "Thu Nov 03 15:25:55 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks send it. i need it for my collection",
      "lang": "en",
      "in_reply_to_status_id_str": "1588132610179715828",
      "in_reply_to_user_id_str": "141135402226812966",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1588132610179715828",
      "in_reply_to_user_id": "141135402226812966"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1586886750895722493",
      "truncated": false,
      "retweet_count": "1",
      "id": "1586886750895722493",
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
      "id_str": "1585447051854179297",
      "truncated": false,
      "retweet_count": "2",
      "id": "1585447051854179297",
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
      "favorite_count": "34",
      "id_str": "1583972426839272707",
      "truncated": false,
      "retweet_count": "3",
      "id": "1583972426839272707",
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
      "favorite_count": "37",
      "id_str": "1582607558377862495",
      "truncated": false,
      "retweet_count": "0",
      "id": "1582607558377862495",
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
      "favorite_count": "23",
      "id_str": "1582216762488523189",
      "truncated": false,
      "retweet_count": "5",
      "id": "1582216762488523189",
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
      "favorite_count": "39",
      "id_str": "1581444054252837979",
      "truncated": false,
      "retweet_count": "1",
      "id": "1581444054252837979",
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
      "favorite_count": "34",
      "id_str": "1580708339775862488",
      "truncated": false,
      "retweet_count": "3",
      "id": "1580708339775862488",
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
      "favorite_count": "3",
      "id_str": "1579281110398006041",
      "truncated": false,
      "retweet_count": "5",
      "id": "1579281110398006041",
      "created_at": "Mon Oct 10 01:22:13 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo elbow is fine pride is not",
      "lang": "en",
      "in_reply_to_status_id_str": "1579229520462667834",
      "in_reply_to_user_id_str": "287752667325376120",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1579229520462667834",
      "in_reply_to_user_id": "287752667325376120"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1578211827123215498",
      "truncated": false,
      "retweet_count": "0",
      "id": "1578211827123215498",
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
      "favorite_count": "17",
      "id_str": "1577120037205692057",
      "truncated": false,
      "retweet_count": "4",
      "id": "1577120037205692057",
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
      "favorite_count": "11",
      "id_str": "1575859132954203499",
      "truncated": false,
      "retweet_count": "3",
      "id": "1575859132954203499",
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
      "favorite_count": "34",
      "id_str": "1574414102952849114",
      "truncated": false,
      "retweet_count": "1",
      "id": "1574414102952849114",
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
      "favorite_count": "39",
      "id_str": "1573136194992565597",
      "truncated": false,
      "retweet_count": "1",
      "id": "1573136194992565597",
      "created_at": "Fri Sep 23 02:24:31 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops the fox was on its way to work same as me",
      "lang": "en",
      "in_reply_to_status_id_str": "1573103479423077060",
      "in_reply_to_user_id_str": "651666280154915918",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1573103479423077060",
      "in_reply_to_user_id": "651666280154915918"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1570997313863884860",
      "truncated": false,
      "retweet_count": "4",
      "id": "1570997313863884860",
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
      "favorite_count": "19",
      "id_str": "1570634900831744489",
      "truncated": false,
      "retweet_count": "5",
      "id": "1570634900831744489",
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
      "favorite_count": "13",
      "id_str": "1568592690018426362",
      "truncated": false,
      "retweet_count": "3",
      "id": "1568592690018426362",
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
      "favorite_count": "8",
      "id_str": "1567343768893655829",
      "truncated": false,
      "retweet_count": "1",
      "id": "1567343768893655829",
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
      "favorite_count": "20",
      "id_str": "1565513764700998542",
      "truncated": false,
      "retweet_count": "3",
      "id": "1565513764700998542",
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
      "favorite_count": "6",
      "id_str": "1564108832242245659",
      "truncated": false,
      "retweet_count": "1",
      "id": "1564108832242245659",
      "created_at": "Mon Aug 29 04:33:00 +0000 2022",
      "favorited": false,
      "full_text": "@synth_swap_pc is the smell negotiable",
      "lang": "en",
      "in_reply_to_status_id_str": "1564071586822024439",
      "in_reply_to_user_id_str": "619306691206515752",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1564071586822024439",
      "in_reply_to_user_id": "619306691206515752"
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
      "id_str": "1563905685321595555",
      "truncated": false,
      "retweet_count": "4",
      "id": "1563905685321595555",
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
      "favorite_count": "35",
      "id_str": "1562828860683426839",
      "truncated": false,
      "retweet_count": "2",
      "id": "1562828860683426839",
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
      "favorite_count": "20",
      "id_str": "1560096124828459313",
      "truncated": false,
      "retweet_count": "2",
      "id": "1560096124828459313",
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
      "favorite_count": "34",
      "id_str": "1559732898100475128",
      "truncated": false,
      "retweet_count": "0",
      "id": "1559732898100475128",
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
      "favorite_count": "7",
      "id_str": "1557917506860688364",
      "truncated": false,
      "retweet_count": "1",
      "id": "1557917506860688364",
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
      "favorite_count": "26",
      "id_str": "1556477191256879642",
      "truncated": false,
      "retweet_count": "1",
      "id": "1556477191256879642",
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
      "favorite_count": "13",
      "id_str": "1555783524677763333",
      "truncated": false,
      "retweet_count": "0",
      "id": "1555783524677763333",
      "created_at": "Sat Aug 06 05:11:12 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks tape is a lifestyle",
      "lang": "en",
      "in_reply_to_status_id_str": "1555774968297944935",
      "in_reply_to_user_id_str": "951203639192528139",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1555774968297944935",
      "in_reply_to_user_id": "951203639192528139"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1553384588313302463",
      "truncated": false,
      "retweet_count": "5",
      "id": "1553384588313302463",
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
      "favorite_count": "33",
      "id_str": "1552118864805277756",
      "truncated": false,
      "retweet_count": "3",
      "id": "1552118864805277756",
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
      "favorite_count": "27",
      "id_str": "1551743256492256993",
      "truncated": false,
      "retweet_count": "5",
      "id": "1551743256492256993",
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
      "favorite_count": "22",
      "id_str": "1549616895359053968",
      "truncated": false,
      "retweet_count": "3",
      "id": "1549616895359053968",
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
      "favorite_count": "16",
      "id_str": "1548304317283696717",
      "truncated": false,
      "retweet_count": "1",
      "id": "1548304317283696717",
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
      "favorite_count": "32",
      "id_str": "1547718729530267764",
      "truncated": false,
      "retweet_count": "1",
      "id": "1547718729530267764",
      "created_at": "Thu Jul 14 23:04:35 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes the chain is squeaking again no i have not oiled it yes i know",
      "lang": "en",
      "in_reply_to_status_id_str": "1547708411543592556",
      "in_reply_to_user_id_str": "880151156098793140",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1547708411543592556",
      "in_reply_to_user_id": "880151156098793140"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1546321887887798869",
      "truncated": false,
      "retweet_count": "1",
      "id": "1546321887887798869",
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
      "id_str": "1544832595393163310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1544832595393163310",
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
      "favorite_count": "10",
      "id_str": "1543465956932870190",
      "truncated": false,
      "retweet_count": "2",
      "id": "1543465956932870190",
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
      "favorite_count": "5",
      "id_str": "1540898002698875027",
      "truncated": false,
      "retweet_count": "3",
      "id": "1540898002698875027",
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
      "favorite_count": "12",
      "id_str": "1540854197386175899",
      "truncated": false,
      "retweet_count": "1",
      "id": "1540854197386175899",
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
      "id_str": "1539425680360324147",
      "truncated": false,
      "retweet_count": "5",
      "id": "1539425680360324147",
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
      "favorite_count": "5",
      "id_str": "1537627250885297385",
      "truncated": false,
      "retweet_count": "3",
      "id": "1537627250885297385",
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
      "favorite_count": "28",
      "id_str": "1535809267562769007",
      "truncated": false,
      "retweet_count": "4",
      "id": "1535809267562769007",
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
      "favorite_count": "33",
      "id_str": "1534719260228286453",
      "truncated": false,
      "retweet_count": "2",
      "id": "1534719260228286453",
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
      "favorite_count": "21",
      "id_str": "1533253724272216085",
      "truncated": false,
      "retweet_count": "2",
      "id": "1533253724272216085",
      "created_at": "Sun Jun 05 01:05:49 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks the fridge noise is a feature not a bug",
      "lang": "en",
      "in_reply_to_status_id_str": "1533240638045018632",
      "in_reply_to_user_id_str": "194893195373876138",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1533240638045018632",
      "in_reply_to_user_id": "194893195373876138"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "24",
      "id_str": "1532590843888418023",
      "truncated": false,
      "retweet_count": "4",
      "id": "1532590843888418023",
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
      "favorite_count": "24",
      "id_str": "1530377048291231423",
      "truncated": false,
      "retweet_count": "0",
      "id": "1530377048291231423",
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
      "favorite_count": "30",
      "id_str": "1528908001706280720",
      "truncated": false,
      "retweet_count": "1",
      "id": "1528908001706280720",
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
      "favorite_count": "36",
      "id_str": "1528033208302283974",
      "truncated": false,
      "retweet_count": "3",
      "id": "1528033208302283974",
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
      "favorite_count": "34",
      "id_str": "1525999839083593048",
      "truncated": false,
      "retweet_count": "5",
      "id": "1525999839083593048",
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
      "favorite_count": "18",
      "id_str": "1525284320179977504",
      "truncated": false,
      "retweet_count": "4",
      "id": "1525284320179977504",
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
      "favorite_count": "26",
      "id_str": "1524162427747576318",
      "truncated": false,
      "retweet_count": "5",
      "id": "1524162427747576318",
      "created_at": "Tue May 10 23:00:15 +0000 2022",
      "favorited": false,
      "full_text": "ok new account. i ride bikes for money at night and make bleepy noises with synths in the day. that's the whole brand",
      "lang": "en"
    }
  }
]
