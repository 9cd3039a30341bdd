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
      "favorite_count": "11",
      "id_str": "1884964955487410116",
      "truncated": false,
      "retweet_count": "4",
      "id": "1884964955487410116",
      "created_at": "Thu Jan 30 14:00:41 +0000 2025",
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
      "favorite_count": "33",
      "id_str": "1883686628097191417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1883686628097191417",
      "created_at": "Mon Jan 27 01:21:04 +0000 2025",
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
        "114"
      ],
      "favorite_count": "3",
      "id_str": "1883388203365354598",
      "truncated": false,
      "retweet_count": "5",
      "id": "1883388203365354598",
      "created_at": "Sun Jan 26 05:35:14 +0000 2025",
      "favorited": false,
      "full_text": "ordered noodles for myself after work from the place i deliver for. the courier was my mate tomas. we just laughed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1882990205859885390",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882990205859885390",
      "created_at": "Sat Jan 25 03:13:44 +0000 2025",
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
      "favorite_count": "22",
      "id_str": "1881901129659875650",
      "truncated": false,
      "retweet_count": "3",
      "id": "1881901129659875650",
      "created_at": "Wed Jan 22 03:06:08 +0000 2025",
      "favorited": false,
      "full_text": "@unicycle_ray the fog horn got me too. we need a support group",
      "lang": "en",
      "in_reply_to_status_id_str": "1881875460520873423",
      "in_reply_to_user_id_str": "529204749253813411",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1881875460520873423",
      "in_reply_to_user_id": "529204749253813411"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1881122578760410778",
      "truncated": false,
      "retweet_count": "5",
      "id": "1881122578760410778",
      "created_at": "Sun Jan 19 23:32:27 +0000 2025",
      "favorited": false,
      "full_text": "hot take: a bad night shift still beats a good day in an office. fight me in the car park at 4am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1880438638769732323",
      "truncated": false,
      "retweet_count": "2",
      "id": "1880438638769732323",
      "created_at": "Sat Jan 18 02:14:43 +0000 2025",
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
        "101"
      ],
      "favorite_count": "23",
      "id_str": "1879673807436709565",
      "truncated": false,
      "retweet_count": "1",
      "id": "1879673807436709565",
      "created_at": "Wed Jan 15 23:35:33 +0000 2025",
      "favorited": false,
      "full_text": "brick got a new saddle and a new chain and a wash. he looks so good i'm scared to lock him up outside",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1878975631982774735",
      "truncated": false,
      "retweet_count": "5",
      "id": "1878975631982774735",
      "created_at": "Tue Jan 14 01:21:15 +0000 2025",
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
      "favorite_count": "19",
      "id_str": "1877922475803128325",
      "truncated": false,
      "retweet_count": "4",
      "id": "1877922475803128325",
      "created_at": "Sat Jan 11 03:36:23 +0000 2025",
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
      "favorite_count": "36",
      "id_str": "1877202695487642085",
      "truncated": false,
      "retweet_count": "5",
      "id": "1877202695487642085",
      "created_at": "Thu Jan 09 03:56:14 +0000 2025",
      "favorited": false,
      "full_text": "@spokes_and_sparks new lights for the gig look amazing. the synth is jealous",
      "lang": "en",
      "in_reply_to_status_id_str": "1877196907346913678",
      "in_reply_to_user_id_str": "216272947336695752",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1877196907346913678",
      "in_reply_to_user_id": "216272947336695752"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1876791276208567687",
      "truncated": false,
      "retweet_count": "3",
      "id": "1876791276208567687",
      "created_at": "Wed Jan 08 00:41:24 +0000 2025",
      "favorited": false,
      "full_text": "a couple on a first date ordered a single milkshake with two straws at 1am. i delivered it. i hope it went well",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1875728989026913187",
      "truncated": false,
      "retweet_count": "2",
      "id": "1875728989026913187",
      "created_at": "Sun Jan 05 02:20:15 +0000 2025",
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
        "92"
      ],
      "favorite_count": "24",
      "id_str": "1874956867992653838",
      "truncated": false,
      "retweet_count": "4",
      "id": "1874956867992653838",
      "created_at": "Thu Jan 02 23:12:07 +0000 2025",
      "favorited": false,
      "full_text": "a taxi driver at the lights asked how much i earn. i told him. he gave me a mint out of pity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1873909051159941766",
      "truncated": false,
      "retweet_count": "3",
      "id": "1873909051159941766",
      "created_at": "Tue Dec 31 01:48:28 +0000 2024",
      "favorited": false,
      "full_text": "made my own gig poster with a photocopier and a marker. it says \"loud noises, tuesday, bring tea\". that's all you need to know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1873366664740896509",
      "truncated": false,
      "retweet_count": "5",
      "id": "1873366664740896509",
      "created_at": "Sun Dec 29 13:53:13 +0000 2024",
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
      "favorite_count": "4",
      "id_str": "1872119148704951029",
      "truncated": false,
      "retweet_count": "5",
      "id": "1872119148704951029",
      "created_at": "Thu Dec 26 03:16:02 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "24",
      "id_str": "1871720425585947375",
      "truncated": false,
      "retweet_count": "1",
      "id": "1871720425585947375",
      "created_at": "Wed Dec 25 00:51:39 +0000 2024",
      "favorited": false,
      "full_text": "took the long way home over the hill just to see the city lights. worth the climb. my legs disagree",
      "lang": "en"
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
      "favorite_count": "8",
      "id_str": "1870993313626561013",
      "truncated": false,
      "retweet_count": "0",
      "id": "1870993313626561013",
      "created_at": "Mon Dec 23 00:42:22 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the duck bell is staying. this is who i am now",
      "lang": "en",
      "in_reply_to_status_id_str": "1870974439257895723",
      "in_reply_to_user_id_str": "182243353402084344",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1870974439257895723",
      "in_reply_to_user_id": "182243353402084344"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1870273118077678631",
      "truncated": false,
      "retweet_count": "3",
      "id": "1870273118077678631",
      "created_at": "Sat Dec 21 01:00:34 +0000 2024",
      "favorited": false,
      "full_text": "made a track using only the sounds in my flat at night. the fridge, the pipes, the neighbour's cat. it's called \"rent\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1869893915246646482",
      "truncated": false,
      "retweet_count": "5",
      "id": "1869893915246646482",
      "created_at": "Thu Dec 19 23:53:45 +0000 2024",
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
      "favorite_count": "18",
      "id_str": "1868832043302336581",
      "truncated": false,
      "retweet_count": "1",
      "id": "1868832043302336581",
      "created_at": "Tue Dec 17 01:34:15 +0000 2024",
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
        "93"
      ],
      "favorite_count": "32",
      "id_str": "1868093497670876118",
      "truncated": false,
      "retweet_count": "5",
      "id": "1868093497670876118",
      "created_at": "Sun Dec 15 00:39:32 +0000 2024",
      "favorited": false,
      "full_text": "the harbourmaster waves when i ride past at 4am. i wave back. we have never met. we are close",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1867014320028058036",
      "truncated": false,
      "retweet_count": "3",
      "id": "1867014320028058036",
      "created_at": "Thu Dec 12 01:11:16 +0000 2024",
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
        "129"
      ],
      "favorite_count": "25",
      "id_str": "1866633691132988855",
      "truncated": false,
      "retweet_count": "2",
      "id": "1866633691132988855",
      "created_at": "Tue Dec 10 23:58:47 +0000 2024",
      "favorited": false,
      "full_text": "the city council put a bench on the corner where all the couriers wait. someone wrote \"for the night shift\" on it. i nearly cried",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1865760697090902337",
      "truncated": false,
      "retweet_count": "4",
      "id": "1865760697090902337",
      "created_at": "Sun Dec 08 14:09:49 +0000 2024",
      "favorited": false,
      "full_text": "swapped my old flat pedals for new ones with little spikes. my shins are now at war with me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1864501567030223483",
      "truncated": false,
      "retweet_count": "3",
      "id": "1864501567030223483",
      "created_at": "Thu Dec 05 02:46:29 +0000 2024",
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
      "favorite_count": "21",
      "id_str": "1863788149470510940",
      "truncated": false,
      "retweet_count": "3",
      "id": "1863788149470510940",
      "created_at": "Tue Dec 03 03:31:37 +0000 2024",
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
        "104"
      ],
      "favorite_count": "20",
      "id_str": "1863211634000757166",
      "truncated": false,
      "retweet_count": "1",
      "id": "1863211634000757166",
      "created_at": "Sun Dec 01 13:20:45 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops dispatch put me on the airport run. 22 km. one sandwich. i respect the sandwich's journey",
      "lang": "en",
      "in_reply_to_status_id_str": "1863198799428909404",
      "in_reply_to_user_id_str": "903327827642899471",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1863198799428909404",
      "in_reply_to_user_id": "903327827642899471"
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
      "favorite_count": "19",
      "id_str": "1862696791570176059",
      "truncated": false,
      "retweet_count": "1",
      "id": "1862696791570176059",
      "created_at": "Sat Nov 30 03:14:57 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo the record shop gig was sweaty and perfect. thanks for carrying the speakers",
      "lang": "en",
      "in_reply_to_status_id_str": "1862678420517909387",
      "in_reply_to_user_id_str": "394400179753359300",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1862678420517909387",
      "in_reply_to_user_id": "394400179753359300"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1861242001425241178",
      "truncated": false,
      "retweet_count": "5",
      "id": "1861242001425241178",
      "created_at": "Tue Nov 26 02:54:08 +0000 2024",
      "favorited": false,
      "full_text": "rain forecast for the next nine days. i've accepted it. i am the rain now",
      "lang": "en"
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
        "118"
      ],
      "favorite_count": "8",
      "id_str": "1861056504135773596",
      "truncated": false,
      "retweet_count": "2",
      "id": "1861056504135773596",
      "created_at": "Mon Nov 25 14:37:02 +0000 2024",
      "favorited": false,
      "full_text": "@calder_couriers the new bike racks outside the station are great. someone already locked a fridge to one. port calder",
      "lang": "en",
      "in_reply_to_status_id_str": "1861030080020792708",
      "in_reply_to_user_id_str": "775746727531144359",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1861030080020792708",
      "in_reply_to_user_id": "775746727531144359"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1860463190472690907",
      "truncated": false,
      "retweet_count": "2",
      "id": "1860463190472690907",
      "created_at": "Sat Nov 23 23:19:25 +0000 2024",
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
      "favorite_count": "14",
      "id_str": "1859046283279839404",
      "truncated": false,
      "retweet_count": "5",
      "id": "1859046283279839404",
      "created_at": "Wed Nov 20 01:29:08 +0000 2024",
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
        "142"
      ],
      "favorite_count": "11",
      "id_str": "1859012967922009721",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859012967922009721",
      "created_at": "Tue Nov 19 23:16:45 +0000 2024",
      "favorited": false,
      "full_text": "the gig poster for next week has a typo. it says \"dex marlow and the synths\". i don't have a band. i have three synths. ok maybe that's a band",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1858152456126374702",
      "truncated": false,
      "retweet_count": "5",
      "id": "1858152456126374702",
      "created_at": "Sun Nov 17 14:17:23 +0000 2024",
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
        "114"
      ],
      "favorite_count": "17",
      "id_str": "1857206804149808407",
      "truncated": false,
      "retweet_count": "1",
      "id": "1857206804149808407",
      "created_at": "Thu Nov 14 23:39:42 +0000 2024",
      "favorited": false,
      "full_text": "sunrise over the docks, steam coming off the river, cranes standing still like big sleepy birds. clocked off happy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1856190079695322387",
      "truncated": false,
      "retweet_count": "2",
      "id": "1856190079695322387",
      "created_at": "Tue Nov 12 04:19:36 +0000 2024",
      "favorited": false,
      "full_text": "sat on the harbour steps with a hot pie and watched a cargo ship slide in without a sound. good night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1855748310434619593",
      "truncated": false,
      "retweet_count": "4",
      "id": "1855748310434619593",
      "created_at": "Sun Nov 10 23:04:10 +0000 2024",
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
      "favorite_count": "29",
      "id_str": "1854678699998720960",
      "truncated": false,
      "retweet_count": "1",
      "id": "1854678699998720960",
      "created_at": "Fri Nov 08 00:13:55 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "36",
      "id_str": "1853672905898202799",
      "truncated": false,
      "retweet_count": "1",
      "id": "1853672905898202799",
      "created_at": "Tue Nov 05 05:37:15 +0000 2024",
      "favorited": false,
      "full_text": "the winter dark starts at 4pm now. i love it. the city looks better with the lights on",
      "lang": "en"
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
      "favorite_count": "13",
      "id_str": "1853212165800949789",
      "truncated": false,
      "retweet_count": "1",
      "id": "1853212165800949789",
      "created_at": "Sun Nov 03 23:06:26 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks bring the projector to the next gig. the bike films were the best part",
      "lang": "en",
      "in_reply_to_status_id_str": "1853199079568984409",
      "in_reply_to_user_id_str": "320593563344036796",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1853199079568984409",
      "in_reply_to_user_id": "320593563344036796"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1851785569764209959",
      "truncated": false,
      "retweet_count": "2",
      "id": "1851785569764209959",
      "created_at": "Thu Oct 31 00:37:39 +0000 2024",
      "favorited": false,
      "full_text": "a stranger fixed my chain at a red light without saying a word and then just rode off. hero",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1851494363430066324",
      "truncated": false,
      "retweet_count": "3",
      "id": "1851494363430066324",
      "created_at": "Wed Oct 30 05:20:30 +0000 2024",
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
      "favorite_count": "19",
      "id_str": "1850729242689645923",
      "truncated": false,
      "retweet_count": "5",
      "id": "1850729242689645923",
      "created_at": "Mon Oct 28 02:40:11 +0000 2024",
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
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1849632738375414469",
      "truncated": false,
      "retweet_count": "2",
      "id": "1849632738375414469",
      "created_at": "Fri Oct 25 02:03:04 +0000 2024",
      "favorited": false,
      "full_text": "brick turned four this week. bought him a new bell and a bottle of chain oil. he didn't say thank you. he's a bike",
      "lang": "en"
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
        "96"
      ],
      "favorite_count": "28",
      "id_str": "1849320040430727669",
      "truncated": false,
      "retweet_count": "4",
      "id": "1849320040430727669",
      "created_at": "Thu Oct 24 05:20:31 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray the unicycle fund has reached 14 pounds. i'm not contributing. ok i put in a pound",
      "lang": "en",
      "in_reply_to_status_id_str": "1849263165666660252",
      "in_reply_to_user_id_str": "489672303578062116",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1849263165666660252",
      "in_reply_to_user_id": "489672303578062116"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "35",
      "id_str": "1848592982997917095",
      "truncated": false,
      "retweet_count": "5",
      "id": "1848592982997917095",
      "created_at": "Tue Oct 22 05:11:27 +0000 2024",
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
        "108"
      ],
      "favorite_count": "29",
      "id_str": "1847099068382112720",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847099068382112720",
      "created_at": "Fri Oct 18 02:15:10 +0000 2024",
      "favorited": false,
      "full_text": "rode the whole coast road at dawn with the sea on my left and the sun coming up on my right. zero complaints",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1846576026089919191",
      "truncated": false,
      "retweet_count": "4",
      "id": "1846576026089919191",
      "created_at": "Wed Oct 16 15:36:47 +0000 2024",
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
      "favorite_count": "17",
      "id_str": "1845703447282685600",
      "truncated": false,
      "retweet_count": "5",
      "id": "1845703447282685600",
      "created_at": "Mon Oct 14 05:49:28 +0000 2024",
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
        "80"
      ],
      "favorite_count": "2",
      "id_str": "1845304933873723960",
      "truncated": false,
      "retweet_count": "5",
      "id": "1845304933873723960",
      "created_at": "Sun Oct 13 03:25:55 +0000 2024",
      "favorited": false,
      "full_text": "my synth started making a noise i didn't program. i kept it. it's the chorus now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1844526236169356905",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844526236169356905",
      "created_at": "Thu Oct 10 23:51:39 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "33",
      "id_str": "1844160237009508833",
      "truncated": false,
      "retweet_count": "1",
      "id": "1844160237009508833",
      "created_at": "Wed Oct 09 23:37:18 +0000 2024",
      "favorited": false,
      "full_text": "got lost in the new estate by the river. every house looks the same. every street is called something close",
      "lang": "en"
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
      "favorite_count": "16",
      "id_str": "1842942659919158940",
      "truncated": false,
      "retweet_count": "4",
      "id": "1842942659919158940",
      "created_at": "Sun Oct 06 14:59:05 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray no the twenty is not for the unicycle fund",
      "lang": "en",
      "in_reply_to_status_id_str": "1842911202640036329",
      "in_reply_to_user_id_str": "140363870236996948",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1842911202640036329",
      "in_reply_to_user_id": "140363870236996948"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1841660318578342199",
      "truncated": false,
      "retweet_count": "4",
      "id": "1841660318578342199",
      "created_at": "Thu Oct 03 02:03:31 +0000 2024",
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
        "81"
      ],
      "favorite_count": "17",
      "id_str": "1841261293466836604",
      "truncated": false,
      "retweet_count": "4",
      "id": "1841261293466836604",
      "created_at": "Tue Oct 01 23:37:56 +0000 2024",
      "favorited": false,
      "full_text": "the corner shop guy started stocking my energy drink just for me. loyalty is real",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1840189887870636303",
      "truncated": false,
      "retweet_count": "4",
      "id": "1840189887870636303",
      "created_at": "Sun Sep 29 00:40:33 +0000 2024",
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
        "101"
      ],
      "favorite_count": "8",
      "id_str": "1839852514833473670",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839852514833473670",
      "created_at": "Sat Sep 28 02:19:57 +0000 2024",
      "favorited": false,
      "full_text": "recorded a whole album side on the night bus with a phone and a cheap mic. the engine is the bassline",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1838794245800210796",
      "truncated": false,
      "retweet_count": "4",
      "id": "1838794245800210796",
      "created_at": "Wed Sep 25 04:14:46 +0000 2024",
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
      "favorite_count": "30",
      "id_str": "1838072695486453817",
      "truncated": false,
      "retweet_count": "2",
      "id": "1838072695486453817",
      "created_at": "Mon Sep 23 04:27:35 +0000 2024",
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
        "80"
      ],
      "favorite_count": "24",
      "id_str": "1837317959841173219",
      "truncated": false,
      "retweet_count": "4",
      "id": "1837317959841173219",
      "created_at": "Sat Sep 21 02:28:32 +0000 2024",
      "favorited": false,
      "full_text": "the canal path reopened. smooth new tarmac. i rode it four times just to feel it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "33",
      "id_str": "1836781747434833324",
      "truncated": false,
      "retweet_count": "3",
      "id": "1836781747434833324",
      "created_at": "Thu Sep 19 14:57:49 +0000 2024",
      "favorited": false,
      "full_text": "my friend asked me what the synth track is \"about\". it's about a bus. all my tracks are about a bus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1835851543082885161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835851543082885161",
      "created_at": "Tue Sep 17 01:21:31 +0000 2024",
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
        "90"
      ],
      "favorite_count": "2",
      "id_str": "1835124120748541414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835124120748541414",
      "created_at": "Sun Sep 15 01:11:00 +0000 2024",
      "favorited": false,
      "full_text": "@calder_couriers thanks for the new reflective bag. i glow now. i'm basically a lighthouse",
      "lang": "en",
      "in_reply_to_status_id_str": "1835097948288247456",
      "in_reply_to_user_id_str": "806950725928509756",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1835097948288247456",
      "in_reply_to_user_id": "806950725928509756"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "38",
      "id_str": "1834407687486142890",
      "truncated": false,
      "retweet_count": "1",
      "id": "1834407687486142890",
      "created_at": "Fri Sep 13 01:44:09 +0000 2024",
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
      "favorite_count": "14",
      "id_str": "1833332708342135674",
      "truncated": false,
      "retweet_count": "0",
      "id": "1833332708342135674",
      "created_at": "Tue Sep 10 02:32:34 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "4",
      "id_str": "1832620557466260173",
      "truncated": false,
      "retweet_count": "2",
      "id": "1832620557466260173",
      "created_at": "Sun Sep 08 03:22:44 +0000 2024",
      "favorited": false,
      "full_text": "rode through a puddle so deep the water came over my shoes. kept riding. squelched every pedal stroke for two hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1831524027987600907",
      "truncated": false,
      "retweet_count": "2",
      "id": "1831524027987600907",
      "created_at": "Thu Sep 05 02:45:31 +0000 2024",
      "favorited": false,
      "full_text": "got home at 6am, made toast, fell asleep with the toast in my hand. a classic",
      "lang": "en"
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
      "favorite_count": "39",
      "id_str": "1830761247670763976",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830761247670763976",
      "created_at": "Tue Sep 03 00:14:30 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops turns out my birthday is on my courier badge. mystery solved. still a nice guy",
      "lang": "en",
      "in_reply_to_status_id_str": "1830731803655692002",
      "in_reply_to_user_id_str": "188286723186337445",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1830731803655692002",
      "in_reply_to_user_id": "188286723186337445"
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
        "102"
      ],
      "favorite_count": "3",
      "id_str": "1829681340217000018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1829681340217000018",
      "created_at": "Sat Aug 31 00:43:20 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks the projector is booked. the bike films are ready. the synth is tuned. mostly tuned",
      "lang": "en",
      "in_reply_to_status_id_str": "1829665485751026555",
      "in_reply_to_user_id_str": "367973580120052386",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1829665485751026555",
      "in_reply_to_user_id": "367973580120052386"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "26",
      "id_str": "1829299478199552298",
      "truncated": false,
      "retweet_count": "5",
      "id": "1829299478199552298",
      "created_at": "Thu Aug 29 23:25:57 +0000 2024",
      "favorited": false,
      "full_text": "the bakery on quay street started giving me the broken croissants before my shift too. double angel energy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1828975094921110162",
      "truncated": false,
      "retweet_count": "3",
      "id": "1828975094921110162",
      "created_at": "Thu Aug 29 01:56:58 +0000 2024",
      "favorited": false,
      "full_text": "wrote down every drop of the year in a notebook. 3,112 drops. i can't feel my legs thinking about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1827547504834196524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1827547504834196524",
      "created_at": "Sun Aug 25 03:24:14 +0000 2024",
      "favorited": false,
      "full_text": "delivered a whole birthday party worth of pizza to a flat with no lift on the ninth floor. the party sang happy birthday to me. it was not my birthday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1826774435886078633",
      "truncated": false,
      "retweet_count": "1",
      "id": "1826774435886078633",
      "created_at": "Fri Aug 23 00:12:20 +0000 2024",
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
      "favorite_count": "36",
      "id_str": "1826106522338271433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826106522338271433",
      "created_at": "Wed Aug 21 03:58:17 +0000 2024",
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
        "76"
      ],
      "favorite_count": "7",
      "id_str": "1825921792605637058",
      "truncated": false,
      "retweet_count": "5",
      "id": "1825921792605637058",
      "created_at": "Tue Aug 20 15:44:14 +0000 2024",
      "favorited": false,
      "full_text": "hot take: bells are more polite than shouting and more effective than lights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "39",
      "id_str": "1825306899249198128",
      "truncated": false,
      "retweet_count": "4",
      "id": "1825306899249198128",
      "created_at": "Sun Aug 18 23:00:52 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1823892663825939949",
      "truncated": false,
      "retweet_count": "2",
      "id": "1823892663825939949",
      "created_at": "Thu Aug 15 01:21:12 +0000 2024",
      "favorited": false,
      "full_text": "someone's cat follows me every time i ride down pelham lane. i've named it dispatch. it doesn't listen either",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1822832008230225456",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822832008230225456",
      "created_at": "Mon Aug 12 03:06:32 +0000 2024",
      "favorited": false,
      "full_text": "my rain jacket has more tape on it than jacket now. it's a tape jacket. it still keeps me about half dry",
      "lang": "en"
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
      "favorite_count": "19",
      "id_str": "1822460229320171824",
      "truncated": false,
      "retweet_count": "4",
      "id": "1822460229320171824",
      "created_at": "Sun Aug 11 02:29:13 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo the goose noise is gone. brick is silent. it's unsettling honestly",
      "lang": "en",
      "in_reply_to_status_id_str": "1822412665911948235",
      "in_reply_to_user_id_str": "166899218434163745",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1822412665911948235",
      "in_reply_to_user_id": "166899218434163745"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1822148248601357881",
      "truncated": false,
      "retweet_count": "5",
      "id": "1822148248601357881",
      "created_at": "Sat Aug 10 05:49:31 +0000 2024",
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
        "97"
      ],
      "favorite_count": "3",
      "id_str": "1821193234937784250",
      "truncated": false,
      "retweet_count": "4",
      "id": "1821193234937784250",
      "created_at": "Wed Aug 07 14:34:38 +0000 2024",
      "favorited": false,
      "full_text": "the sea wall road flooded so i carried brick across the puddle like a hero. my shoes are gone now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "34",
      "id_str": "1819934574640535654",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819934574640535654",
      "created_at": "Sun Aug 04 03:13:10 +0000 2024",
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
        "88"
      ],
      "favorite_count": "18",
      "id_str": "1818855506050890508",
      "truncated": false,
      "retweet_count": "4",
      "id": "1818855506050890508",
      "created_at": "Thu Aug 01 03:45:20 +0000 2024",
      "favorited": false,
      "full_text": "practiced the new set on headphones in the laundrette while my socks dried. multitasking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1818466299802694048",
      "truncated": false,
      "retweet_count": "5",
      "id": "1818466299802694048",
      "created_at": "Wed Jul 31 01:58:46 +0000 2024",
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
        "113"
      ],
      "favorite_count": "18",
      "id_str": "1817755470133515867",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817755470133515867",
      "created_at": "Mon Jul 29 02:54:11 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the app gave me a drop at the lighthouse again. the keeper remembered me. he had the biscuit ready",
      "lang": "en",
      "in_reply_to_status_id_str": "1817705138486500811",
      "in_reply_to_user_id_str": "218944244305571455",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1817705138486500811",
      "in_reply_to_user_id": "218944244305571455"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1816678561610777724",
      "truncated": false,
      "retweet_count": "2",
      "id": "1816678561610777724",
      "created_at": "Fri Jul 26 03:34:56 +0000 2024",
      "favorited": false,
      "full_text": "hot take: the best sound in the world is a freewheel clicking on a long downhill at 3am. the synth comes second",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1815946655563491891",
      "truncated": false,
      "retweet_count": "3",
      "id": "1815946655563491891",
      "created_at": "Wed Jul 24 03:06:36 +0000 2024",
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
        "100"
      ],
      "favorite_count": "35",
      "id_str": "1815753935684517077",
      "truncated": false,
      "retweet_count": "1",
      "id": "1815753935684517077",
      "created_at": "Tue Jul 23 14:20:48 +0000 2024",
      "favorited": false,
      "full_text": "a pigeon rode the tram with me. it got off at the market. it knew where it was going more than i did",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "33",
      "id_str": "1814329222888200890",
      "truncated": false,
      "retweet_count": "1",
      "id": "1814329222888200890",
      "created_at": "Fri Jul 19 15:59:30 +0000 2024",
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
        "101"
      ],
      "favorite_count": "31",
      "id_str": "1814114591962921981",
      "truncated": false,
      "retweet_count": "5",
      "id": "1814114591962921981",
      "created_at": "Fri Jul 19 01:46:38 +0000 2024",
      "favorited": false,
      "full_text": "found an old cassette player in a skip on pelham lane. it chews tapes. the chewed tapes sound amazing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1813234085919926978",
      "truncated": false,
      "retweet_count": "5",
      "id": "1813234085919926978",
      "created_at": "Tue Jul 16 15:27:49 +0000 2024",
      "favorited": false,
      "full_text": "cold rain, warm hands inside new gloves, one working light. a perfect night by port calder standards",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1812866027355081685",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812866027355081685",
      "created_at": "Mon Jul 15 15:05:17 +0000 2024",
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
      "favorite_count": "5",
      "id_str": "1811242932368669918",
      "truncated": false,
      "retweet_count": "2",
      "id": "1811242932368669918",
      "created_at": "Thu Jul 11 03:35:41 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "20",
      "id_str": "1810530328510237635",
      "truncated": false,
      "retweet_count": "3",
      "id": "1810530328510237635",
      "created_at": "Tue Jul 09 04:24:03 +0000 2024",
      "favorited": false,
      "full_text": "built a tiny sequencer out of a biscuit tin. it only holds 8 steps. it's loud though",
      "lang": "en"
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
      "favorite_count": "26",
      "id_str": "1809973756952841179",
      "truncated": false,
      "retweet_count": "1",
      "id": "1809973756952841179",
      "created_at": "Sun Jul 07 15:32:26 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks yes we're doing the gig at the old cinema. bring earplugs and a jumper, it's freezing in there",
      "lang": "en",
      "in_reply_to_status_id_str": "1809916378872900701",
      "in_reply_to_user_id_str": "877926853004938699",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1809916378872900701",
      "in_reply_to_user_id": "877926853004938699"
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
        "90"
      ],
      "favorite_count": "33",
      "id_str": "1809250809936630663",
      "truncated": false,
      "retweet_count": "2",
      "id": "1809250809936630663",
      "created_at": "Fri Jul 05 15:39:42 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the dispatch app called me \"dex marlowe\". there is no e. i've been betrayed",
      "lang": "en",
      "in_reply_to_status_id_str": "1809225644112149639",
      "in_reply_to_user_id_str": "815346953261063338",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1809225644112149639",
      "in_reply_to_user_id": "815346953261063338"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1808324439179929523",
      "truncated": false,
      "retweet_count": "3",
      "id": "1808324439179929523",
      "created_at": "Wed Jul 03 02:18:38 +0000 2024",
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
      "favorite_count": "21",
      "id_str": "1807623231242591666",
      "truncated": false,
      "retweet_count": "5",
      "id": "1807623231242591666",
      "created_at": "Mon Jul 01 03:52:17 +0000 2024",
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
        "92"
      ],
      "favorite_count": "33",
      "id_str": "1807055871932882115",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807055871932882115",
      "created_at": "Sat Jun 29 14:17:48 +0000 2024",
      "favorited": false,
      "full_text": "rode past the fish market at 5am. the smell got into my jacket. the jacket lives outside now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1806192134717693605",
      "truncated": false,
      "retweet_count": "2",
      "id": "1806192134717693605",
      "created_at": "Thu Jun 27 05:05:37 +0000 2024",
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
        "92"
      ],
      "favorite_count": "15",
      "id_str": "1805072901470424984",
      "truncated": false,
      "retweet_count": "4",
      "id": "1805072901470424984",
      "created_at": "Mon Jun 24 02:58:11 +0000 2024",
      "favorited": false,
      "full_text": "delivered a laptop charger to a student at 3am who hugged me. finals week. good luck student",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "18",
      "id_str": "1804335983229910761",
      "truncated": false,
      "retweet_count": "2",
      "id": "1804335983229910761",
      "created_at": "Sat Jun 22 02:09:56 +0000 2024",
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
      "favorite_count": "35",
      "id_str": "1803579427256504263",
      "truncated": false,
      "retweet_count": "5",
      "id": "1803579427256504263",
      "created_at": "Thu Jun 20 00:03:39 +0000 2024",
      "favorited": false,
      "full_text": "@calder_couriers the lane to nowhere is on mill street again. gary's cousin is parked on it",
      "lang": "en",
      "in_reply_to_status_id_str": "1803539413597591106",
      "in_reply_to_user_id_str": "423686037453468252",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1803539413597591106",
      "in_reply_to_user_id": "423686037453468252"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "36",
      "id_str": "1802574623012000756",
      "truncated": false,
      "retweet_count": "4",
      "id": "1802574623012000756",
      "created_at": "Mon Jun 17 05:30:55 +0000 2024",
      "favorited": false,
      "full_text": "drank a coffee at midnight and a tea at 2 and an energy drink at 4. my heart is doing techno now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1802158044739018593",
      "truncated": false,
      "retweet_count": "1",
      "id": "1802158044739018593",
      "created_at": "Sun Jun 16 01:55:35 +0000 2024",
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
        "82"
      ],
      "favorite_count": "21",
      "id_str": "1801455607873015529",
      "truncated": false,
      "retweet_count": "4",
      "id": "1801455607873015529",
      "created_at": "Fri Jun 14 03:24:21 +0000 2024",
      "favorited": false,
      "full_text": "late shift, empty roads, every traffic light green for 2 km. i felt like the mayor",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1800554881087271581",
      "truncated": false,
      "retweet_count": "2",
      "id": "1800554881087271581",
      "created_at": "Tue Jun 11 15:45:11 +0000 2024",
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
      "favorite_count": "35",
      "id_str": "1799309386708602405",
      "truncated": false,
      "retweet_count": "3",
      "id": "1799309386708602405",
      "created_at": "Sat Jun 08 05:16:02 +0000 2024",
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
        "96"
      ],
      "favorite_count": "25",
      "id_str": "1798922655104538236",
      "truncated": false,
      "retweet_count": "2",
      "id": "1798922655104538236",
      "created_at": "Fri Jun 07 03:39:18 +0000 2024",
      "favorited": false,
      "full_text": "my chain fell off right outside the fire station. the firefighters cheered when i got it back on",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "18",
      "id_str": "1798209258520049738",
      "truncated": false,
      "retweet_count": "2",
      "id": "1798209258520049738",
      "created_at": "Wed Jun 05 04:24:31 +0000 2024",
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
        "97"
      ],
      "favorite_count": "39",
      "id_str": "1797776670586991803",
      "truncated": false,
      "retweet_count": "4",
      "id": "1797776670586991803",
      "created_at": "Mon Jun 03 23:45:34 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks the old cinema wants us back next month. same earplugs, same jumpers, more tea",
      "lang": "en",
      "in_reply_to_status_id_str": "1797735146976915425",
      "in_reply_to_user_id_str": "807142436468365509",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1797735146976915425",
      "in_reply_to_user_id": "807142436468365509"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1796370656000778863",
      "truncated": false,
      "retweet_count": "5",
      "id": "1796370656000778863",
      "created_at": "Fri May 31 02:38:34 +0000 2024",
      "favorited": false,
      "full_text": "rode behind a horse and cart on the seafront road tonight. no idea why there was a horse. the horse didn't explain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1795625038774572818",
      "truncated": false,
      "retweet_count": "3",
      "id": "1795625038774572818",
      "created_at": "Wed May 29 01:15:45 +0000 2024",
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
      "favorite_count": "12",
      "id_str": "1795079439513235964",
      "truncated": false,
      "retweet_count": "2",
      "id": "1795079439513235964",
      "created_at": "Mon May 27 13:07:44 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the pizza was gone in 6 minutes. a new record",
      "lang": "en",
      "in_reply_to_status_id_str": "1795048737208629965",
      "in_reply_to_user_id_str": "666965676605159744",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1795048737208629965",
      "in_reply_to_user_id": "666965676605159744"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1794879778060571297",
      "truncated": false,
      "retweet_count": "4",
      "id": "1794879778060571297",
      "created_at": "Sun May 26 23:54:21 +0000 2024",
      "favorited": false,
      "full_text": "the bike lane on quay street got repainted. someone already parked a skip on it. that's a new record, 2 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1793121060257754097",
      "truncated": false,
      "retweet_count": "2",
      "id": "1793121060257754097",
      "created_at": "Wed May 22 03:25:50 +0000 2024",
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
        "94"
      ],
      "favorite_count": "9",
      "id_str": "1792362159668581517",
      "truncated": false,
      "retweet_count": "5",
      "id": "1792362159668581517",
      "created_at": "Mon May 20 01:10:14 +0000 2024",
      "favorited": false,
      "full_text": "sold 11 copies of the album. 11 people! one of them is in another country. hello other country",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1791837259298282679",
      "truncated": false,
      "retweet_count": "2",
      "id": "1791837259298282679",
      "created_at": "Sat May 18 14:24:28 +0000 2024",
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
      "favorite_count": "5",
      "id_str": "1790973652107605906",
      "truncated": false,
      "retweet_count": "4",
      "id": "1790973652107605906",
      "created_at": "Thu May 16 05:12:48 +0000 2024",
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
        "107"
      ],
      "favorite_count": "17",
      "id_str": "1790619430551357110",
      "truncated": false,
      "retweet_count": "3",
      "id": "1790619430551357110",
      "created_at": "Wed May 15 05:45:15 +0000 2024",
      "favorited": false,
      "full_text": "a customer ran out in slippers to give me an umbrella. i said keep it. she insisted. i have an umbrella now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1789679268921446232",
      "truncated": false,
      "retweet_count": "3",
      "id": "1789679268921446232",
      "created_at": "Sun May 12 15:29:23 +0000 2024",
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
        "89"
      ],
      "favorite_count": "27",
      "id_str": "1788374332866171571",
      "truncated": false,
      "retweet_count": "3",
      "id": "1788374332866171571",
      "created_at": "Thu May 09 01:04:02 +0000 2024",
      "favorited": false,
      "full_text": "got caught in a hailstorm on the ring road. felt like riding through a bag of frozen peas",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1788082988120762575",
      "truncated": false,
      "retweet_count": "1",
      "id": "1788082988120762575",
      "created_at": "Wed May 08 05:46:20 +0000 2024",
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
      "favorite_count": "12",
      "id_str": "1787337811295864372",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787337811295864372",
      "created_at": "Mon May 06 04:25:16 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray i saw you on the news lol. unicycle guy saves cat from tree. legend",
      "lang": "en",
      "in_reply_to_status_id_str": "1787335798030255114",
      "in_reply_to_user_id_str": "159740844461365633",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1787335798030255114",
      "in_reply_to_user_id": "159740844461365633"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1786592416365725862",
      "truncated": false,
      "retweet_count": "4",
      "id": "1786592416365725862",
      "created_at": "Sat May 04 03:03:20 +0000 2024",
      "favorited": false,
      "full_text": "made a patch called \"dispatch\" that just beeps at random and ruins your plans",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "15",
      "id_str": "1785500517398656183",
      "truncated": false,
      "retweet_count": "1",
      "id": "1785500517398656183",
      "created_at": "Wed May 01 02:44:31 +0000 2024",
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
      "favorite_count": "38",
      "id_str": "1784750177385433612",
      "truncated": false,
      "retweet_count": "1",
      "id": "1784750177385433612",
      "created_at": "Mon Apr 29 01:02:56 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray congrats on the news thing. the cat looked furious. good cat",
      "lang": "en",
      "in_reply_to_status_id_str": "1784734826233676649",
      "in_reply_to_user_id_str": "106531765713326163",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1784734826233676649",
      "in_reply_to_user_id": "106531765713326163"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1784045047775560593",
      "truncated": false,
      "retweet_count": "5",
      "id": "1784045047775560593",
      "created_at": "Sat Apr 27 02:21:00 +0000 2024",
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
      "favorite_count": "28",
      "id_str": "1783691061100453274",
      "truncated": false,
      "retweet_count": "5",
      "id": "1783691061100453274",
      "created_at": "Fri Apr 26 02:54:23 +0000 2024",
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
        "103"
      ],
      "favorite_count": "18",
      "id_str": "1782920332574057155",
      "truncated": false,
      "retweet_count": "5",
      "id": "1782920332574057155",
      "created_at": "Tue Apr 23 23:51:47 +0000 2024",
      "favorited": false,
      "full_text": "new tyres are slick and fast and terrifying in the rain. so they're perfect for about three days a year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1781562158220143152",
      "truncated": false,
      "retweet_count": "5",
      "id": "1781562158220143152",
      "created_at": "Sat Apr 20 05:54:53 +0000 2024",
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
        "102"
      ],
      "favorite_count": "34",
      "id_str": "1781467287257542864",
      "truncated": false,
      "retweet_count": "2",
      "id": "1781467287257542864",
      "created_at": "Fri Apr 19 23:37:54 +0000 2024",
      "favorited": false,
      "full_text": "someone on the night bus was playing my track on their phone. i didn't say anything. i'm still shaking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1780376554307180318",
      "truncated": false,
      "retweet_count": "2",
      "id": "1780376554307180318",
      "created_at": "Tue Apr 16 23:23:43 +0000 2024",
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
      "favorite_count": "30",
      "id_str": "1779353043468244328",
      "truncated": false,
      "retweet_count": "5",
      "id": "1779353043468244328",
      "created_at": "Sun Apr 14 03:36:39 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo i'm bringing brick in on thursday. it's making the goose noise again",
      "lang": "en",
      "in_reply_to_status_id_str": "1779350023570259073",
      "in_reply_to_user_id_str": "164715045108624389",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1779350023570259073",
      "in_reply_to_user_id": "164715045108624389"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1778564728224562698",
      "truncated": false,
      "retweet_count": "1",
      "id": "1778564728224562698",
      "created_at": "Thu Apr 11 23:24:10 +0000 2024",
      "favorited": false,
      "full_text": "my knees cracked so loud on the stairs that the customer asked if i was ok. no. yes. deliver the soup",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1777864325592265502",
      "truncated": false,
      "retweet_count": "1",
      "id": "1777864325592265502",
      "created_at": "Wed Apr 10 01:01:01 +0000 2024",
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
        "88"
      ],
      "favorite_count": "23",
      "id_str": "1777162685642023182",
      "truncated": false,
      "retweet_count": "4",
      "id": "1777162685642023182",
      "created_at": "Mon Apr 08 02:32:57 +0000 2024",
      "favorited": false,
      "full_text": "the harbour crane lights blink in a pattern. i timed it. it's 93 bpm. new track incoming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1776064960788982941",
      "truncated": false,
      "retweet_count": "3",
      "id": "1776064960788982941",
      "created_at": "Fri Apr 05 01:50:59 +0000 2024",
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
      "favorite_count": "9",
      "id_str": "1775401338011489481",
      "truncated": false,
      "retweet_count": "4",
      "id": "1775401338011489481",
      "created_at": "Wed Apr 03 05:53:59 +0000 2024",
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
        "103"
      ],
      "favorite_count": "18",
      "id_str": "1774573910882343021",
      "truncated": false,
      "retweet_count": "4",
      "id": "1774573910882343021",
      "created_at": "Sun Mar 31 23:06:05 +0000 2024",
      "favorited": false,
      "full_text": "rode with a bag of fresh bread on my back tonight and the whole street smelled like a bakery. best drop",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1774427336734170238",
      "truncated": false,
      "retweet_count": "1",
      "id": "1774427336734170238",
      "created_at": "Sun Mar 31 13:23:39 +0000 2024",
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
      "id_str": "1772991899105640387",
      "truncated": false,
      "retweet_count": "3",
      "id": "1772991899105640387",
      "created_at": "Wed Mar 27 14:19:44 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo brick's bell fell off. brick doesn't care. brick is beyond bells",
      "lang": "en",
      "in_reply_to_status_id_str": "1772960945143927361",
      "in_reply_to_user_id_str": "587406206969626547",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1772960945143927361",
      "in_reply_to_user_id": "587406206969626547"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1772400393189600943",
      "truncated": false,
      "retweet_count": "5",
      "id": "1772400393189600943",
      "created_at": "Mon Mar 25 23:09:18 +0000 2024",
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
        "111"
      ],
      "favorite_count": "35",
      "id_str": "1772042543561876012",
      "truncated": false,
      "retweet_count": "4",
      "id": "1772042543561876012",
      "created_at": "Sun Mar 24 23:27:20 +0000 2024",
      "favorited": false,
      "full_text": "spring clean: found four bananas, two tyre levers and a lost glove in my bag. one of the bananas was a surprise",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1770634045948483836",
      "truncated": false,
      "retweet_count": "5",
      "id": "1770634045948483836",
      "created_at": "Thu Mar 21 02:10:28 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "7",
      "id_str": "1770225449432598913",
      "truncated": false,
      "retweet_count": "4",
      "id": "1770225449432598913",
      "created_at": "Tue Mar 19 23:06:51 +0000 2024",
      "favorited": false,
      "full_text": "a new cafe opened on mill street that stays open till 4am. couriers welcome. dogs welcome. synths probably not",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "36",
      "id_str": "1769195412257829830",
      "truncated": false,
      "retweet_count": "5",
      "id": "1769195412257829830",
      "created_at": "Sun Mar 17 02:53:51 +0000 2024",
      "favorited": false,
      "full_text": "the night bus driver gave me a lift home in the rain with brick in the luggage bit. we still haven't spoken. he just nodded",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "20",
      "id_str": "1768115345422217056",
      "truncated": false,
      "retweet_count": "3",
      "id": "1768115345422217056",
      "created_at": "Thu Mar 14 03:22:03 +0000 2024",
      "favorited": false,
      "full_text": "tried riding with a backpack full of synth gear to a gig. every pothole was a tiny heart attack. the gear survived. i barely did",
      "lang": "en"
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
      "favorite_count": "18",
      "id_str": "1767355970879365713",
      "truncated": false,
      "retweet_count": "4",
      "id": "1767355970879365713",
      "created_at": "Tue Mar 12 01:04:34 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks the new album is done. 11 tracks. 3 of them are just rain",
      "lang": "en",
      "in_reply_to_status_id_str": "1767315705558039249",
      "in_reply_to_user_id_str": "179149867625561719",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1767315705558039249",
      "in_reply_to_user_id": "179149867625561719"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "36",
      "id_str": "1766648089802483820",
      "truncated": false,
      "retweet_count": "3",
      "id": "1766648089802483820",
      "created_at": "Sun Mar 10 02:11:42 +0000 2024",
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
      "id_str": "1765758859605520477",
      "truncated": false,
      "retweet_count": "0",
      "id": "1765758859605520477",
      "created_at": "Thu Mar 07 15:18:13 +0000 2024",
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
      "favorite_count": "20",
      "id_str": "1765576298329974296",
      "truncated": false,
      "retweet_count": "2",
      "id": "1765576298329974296",
      "created_at": "Thu Mar 07 03:12:47 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo thanks for fixing the bottom bracket. it was making noises like a dying goose",
      "lang": "en",
      "in_reply_to_status_id_str": "1765571013508521991",
      "in_reply_to_user_id_str": "461930031011148583",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1765571013508521991",
      "in_reply_to_user_id": "461930031011148583"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1764282938554228598",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764282938554228598",
      "created_at": "Sun Mar 03 13:33:26 +0000 2024",
      "favorited": false,
      "full_text": "bought a thermos. hot tea at 3am by the canal is the most luxury i can afford and it's plenty",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1763044251533668684",
      "truncated": false,
      "retweet_count": "1",
      "id": "1763044251533668684",
      "created_at": "Thu Feb 29 03:31:20 +0000 2024",
      "favorited": false,
      "full_text": "a kid built a snowman by the bus stop on mill street and gave it a bike helmet. safety first snowman",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1762829230538559562",
      "truncated": false,
      "retweet_count": "3",
      "id": "1762829230538559562",
      "created_at": "Wed Feb 28 13:16:55 +0000 2024",
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
        "104"
      ],
      "favorite_count": "37",
      "id_str": "1761211793667162587",
      "truncated": false,
      "retweet_count": "3",
      "id": "1761211793667162587",
      "created_at": "Sat Feb 24 02:09:48 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops yes the hill by the gasworks is still the hill by the gasworks. no it did not get flatter",
      "lang": "en",
      "in_reply_to_status_id_str": "1761172031666465039",
      "in_reply_to_user_id_str": "195466077119990472",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1761172031666465039",
      "in_reply_to_user_id": "195466077119990472"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1760865939750513814",
      "truncated": false,
      "retweet_count": "0",
      "id": "1760865939750513814",
      "created_at": "Fri Feb 23 03:15:30 +0000 2024",
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
      "favorite_count": "35",
      "id_str": "1759074477015350468",
      "truncated": false,
      "retweet_count": "4",
      "id": "1759074477015350468",
      "created_at": "Sun Feb 18 04:36:52 +0000 2024",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "26",
      "id_str": "1759052633080469464",
      "truncated": false,
      "retweet_count": "5",
      "id": "1759052633080469464",
      "created_at": "Sun Feb 18 03:10:04 +0000 2024",
      "favorited": false,
      "full_text": "the sleet tonight went sideways the whole shift. i went sideways too, twice",
      "lang": "en"
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
      "favorite_count": "12",
      "id_str": "1757599814252411403",
      "truncated": false,
      "retweet_count": "3",
      "id": "1757599814252411403",
      "created_at": "Wed Feb 14 02:57:05 +0000 2024",
      "favorited": false,
      "full_text": "@night_owl_ops the banana was for a baby. the parents looked so tired. gave them a thumbs up",
      "lang": "en",
      "in_reply_to_status_id_str": "1757556277378865677",
      "in_reply_to_user_id_str": "367014826173307198",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1757556277378865677",
      "in_reply_to_user_id": "367014826173307198"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1756853546909344908",
      "truncated": false,
      "retweet_count": "1",
      "id": "1756853546909344908",
      "created_at": "Mon Feb 12 01:31:41 +0000 2024",
      "favorited": false,
      "full_text": "tried to make a track out of snow falling. snow doesn't make a sound. it's just silence. it's a very short track",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "9",
      "id_str": "1756156147399862540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1756156147399862540",
      "created_at": "Sat Feb 10 03:20:28 +0000 2024",
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
      "favorite_count": "19",
      "id_str": "1755004806755894940",
      "truncated": false,
      "retweet_count": "3",
      "id": "1755004806755894940",
      "created_at": "Tue Feb 06 23:05:27 +0000 2024",
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
        "79"
      ],
      "favorite_count": "37",
      "id_str": "1753980998123963536",
      "truncated": false,
      "retweet_count": "5",
      "id": "1753980998123963536",
      "created_at": "Sun Feb 04 03:17:12 +0000 2024",
      "favorited": false,
      "full_text": "my gloves froze to the handlebars for a second tonight. a second is long enough",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1752835365928023580",
      "truncated": false,
      "retweet_count": "3",
      "id": "1752835365928023580",
      "created_at": "Wed Jan 31 23:24:52 +0000 2024",
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
        "72"
      ],
      "favorite_count": "39",
      "id_str": "1752138406821871054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1752138406821871054",
      "created_at": "Tue Jan 30 01:15:24 +0000 2024",
      "favorited": false,
      "full_text": "@greasemonkey_jo can you fit mudguards on a bike that is 70% mud already",
      "lang": "en",
      "in_reply_to_status_id_str": "1752105187935094257",
      "in_reply_to_user_id_str": "313694802390349540",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1752105187935094257",
      "in_reply_to_user_id": "313694802390349540"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1751604912321729281",
      "truncated": false,
      "retweet_count": "1",
      "id": "1751604912321729281",
      "created_at": "Sun Jan 28 13:55:29 +0000 2024",
      "favorited": false,
      "full_text": "made a track out of the sound of studded tyres on ice. it sounds like someone shaking a jar of coins very slowly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1750034837536722939",
      "truncated": false,
      "retweet_count": "0",
      "id": "1750034837536722939",
      "created_at": "Wed Jan 24 05:56:34 +0000 2024",
      "favorited": false,
      "full_text": "a fox sat next to my bike while i waited outside the noodle place. we both waited. we were both hungry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1749276750641883351",
      "truncated": false,
      "retweet_count": "0",
      "id": "1749276750641883351",
      "created_at": "Mon Jan 22 03:44:12 +0000 2024",
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
      "favorite_count": "14",
      "id_str": "1748516835033585223",
      "truncated": false,
      "retweet_count": "4",
      "id": "1748516835033585223",
      "created_at": "Sat Jan 20 01:24:34 +0000 2024",
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
      "id_str": "1747135571030988619",
      "truncated": false,
      "retweet_count": "3",
      "id": "1747135571030988619",
      "created_at": "Tue Jan 16 05:55:55 +0000 2024",
      "favorited": false,
      "full_text": "@spokes_and_sparks the album needs a cover. you draw, i'll make the noises",
      "lang": "en",
      "in_reply_to_status_id_str": "1747123994753934092",
      "in_reply_to_user_id_str": "150531790297066495",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1747123994753934092",
      "in_reply_to_user_id": "150531790297066495"
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
      "favorite_count": "2",
      "id_str": "1746323394396238951",
      "truncated": false,
      "retweet_count": "3",
      "id": "1746323394396238951",
      "created_at": "Sun Jan 14 00:08:37 +0000 2024",
      "favorited": false,
      "full_text": "@unicycle_ray no you can't ride the unicycle on the ice. ray. no",
      "lang": "en",
      "in_reply_to_status_id_str": "1746295208671059405",
      "in_reply_to_user_id_str": "141104642453191191",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1746295208671059405",
      "in_reply_to_user_id": "141104642453191191"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1744903274362509567",
      "truncated": false,
      "retweet_count": "2",
      "id": "1744903274362509567",
      "created_at": "Wed Jan 10 02:05:34 +0000 2024",
      "favorited": false,
      "full_text": "new years eve shift: delivered 30 pizzas and watched the fireworks from the top of the gasworks hill. not bad for work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1744550080413913535",
      "truncated": false,
      "retweet_count": "5",
      "id": "1744550080413913535",
      "created_at": "Tue Jan 09 02:42:06 +0000 2024",
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
        "130"
      ],
      "favorite_count": "17",
      "id_str": "1743831088625725505",
      "truncated": false,
      "retweet_count": "0",
      "id": "1743831088625725505",
      "created_at": "Sun Jan 07 03:05:05 +0000 2024",
      "favorited": false,
      "full_text": "the snow turned to slush and the slush turned to ice and the ice turned to me on my back in the bike lane. i'm fine. brick is fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1742420837792934853",
      "truncated": false,
      "retweet_count": "0",
      "id": "1742420837792934853",
      "created_at": "Wed Jan 03 05:41:15 +0000 2024",
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
      "favorite_count": "23",
      "id_str": "1742207066700714917",
      "truncated": false,
      "retweet_count": "5",
      "id": "1742207066700714917",
      "created_at": "Tue Jan 02 15:31:48 +0000 2024",
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
      "favorite_count": "29",
      "id_str": "1740204601112935874",
      "truncated": false,
      "retweet_count": "5",
      "id": "1740204601112935874",
      "created_at": "Thu Dec 28 02:54:43 +0000 2023",
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
      "favorite_count": "14",
      "id_str": "1739423076448787773",
      "truncated": false,
      "retweet_count": "0",
      "id": "1739423076448787773",
      "created_at": "Mon Dec 25 23:09:13 +0000 2023",
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
        "89"
      ],
      "favorite_count": "34",
      "id_str": "1738917948030626439",
      "truncated": false,
      "retweet_count": "5",
      "id": "1738917948030626439",
      "created_at": "Sun Dec 24 13:42:01 +0000 2023",
      "favorited": false,
      "full_text": "spent four hours tuning one kick drum. it sounds the same as before. i'm so happy with it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1737111532600944161",
      "truncated": false,
      "retweet_count": "4",
      "id": "1737111532600944161",
      "created_at": "Tue Dec 19 14:03:58 +0000 2023",
      "favorited": false,
      "full_text": "fell off at 2 km/h in front of a bus queue. slowest crash in history. they gave me a round of applause",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1736218699496259841",
      "truncated": false,
      "retweet_count": "5",
      "id": "1736218699496259841",
      "created_at": "Sun Dec 17 02:56:10 +0000 2023",
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
      "favorite_count": "19",
      "id_str": "1734711501518315787",
      "truncated": false,
      "retweet_count": "1",
      "id": "1734711501518315787",
      "created_at": "Tue Dec 12 23:07:06 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks your light show was the best part. the synth was second",
      "lang": "en",
      "in_reply_to_status_id_str": "1734659911581384368",
      "in_reply_to_user_id_str": "717660214046921475",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1734659911581384368",
      "in_reply_to_user_id": "717660214046921475"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "10",
      "id_str": "1733626539931779553",
      "truncated": false,
      "retweet_count": "4",
      "id": "1733626539931779553",
      "created_at": "Sat Dec 09 23:15:51 +0000 2023",
      "favorited": false,
      "full_text": "the lights on the big bridge are out again. riding across it feels like riding into the sea",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1732575795479531207",
      "truncated": false,
      "retweet_count": "2",
      "id": "1732575795479531207",
      "created_at": "Thu Dec 07 01:40:34 +0000 2023",
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
      "favorite_count": "8",
      "id_str": "1730790213156431066",
      "truncated": false,
      "retweet_count": "5",
      "id": "1730790213156431066",
      "created_at": "Sat Dec 02 03:25:18 +0000 2023",
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
      "favorite_count": "0",
      "id_str": "1729699786389272627",
      "truncated": false,
      "retweet_count": "5",
      "id": "1729699786389272627",
      "created_at": "Wed Nov 29 03:12:20 +0000 2023",
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
        "106"
      ],
      "favorite_count": "25",
      "id_str": "1729312891207146435",
      "truncated": false,
      "retweet_count": "2",
      "id": "1729312891207146435",
      "created_at": "Tue Nov 28 01:34:57 +0000 2023",
      "favorited": false,
      "full_text": "night market was packed tonight. delivered dumplings to the people working the dumpling stall. full circle",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1727870470061263102",
      "truncated": false,
      "retweet_count": "2",
      "id": "1727870470061263102",
      "created_at": "Fri Nov 24 02:03:17 +0000 2023",
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
      "favorite_count": "15",
      "id_str": "1726450161285151445",
      "truncated": false,
      "retweet_count": "4",
      "id": "1726450161285151445",
      "created_at": "Mon Nov 20 03:59:29 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops why is the kid on a bus at midnight. not my business. still waved",
      "lang": "en",
      "in_reply_to_status_id_str": "1726416439080337598",
      "in_reply_to_user_id_str": "684627854922726496",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1726416439080337598",
      "in_reply_to_user_id": "684627854922726496"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1725020025257478980",
      "truncated": false,
      "retweet_count": "1",
      "id": "1725020025257478980",
      "created_at": "Thu Nov 16 05:16:38 +0000 2023",
      "favorited": false,
      "full_text": "a wasp followed me for three streets tonight. i think it wanted my pastry. it can't have my pastry",
      "lang": "en"
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
        "69"
      ],
      "favorite_count": "21",
      "id_str": "1724255349110620015",
      "truncated": false,
      "retweet_count": "5",
      "id": "1724255349110620015",
      "created_at": "Tue Nov 14 02:38:05 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo wheel's true again. the wobble has left the building",
      "lang": "en",
      "in_reply_to_status_id_str": "1724218858668249043",
      "in_reply_to_user_id_str": "798324177854434396",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1724218858668249043",
      "in_reply_to_user_id": "798324177854434396"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1722975381750544079",
      "truncated": false,
      "retweet_count": "1",
      "id": "1722975381750544079",
      "created_at": "Fri Nov 10 13:51:57 +0000 2023",
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
        "132"
      ],
      "favorite_count": "21",
      "id_str": "1721370070614470519",
      "truncated": false,
      "retweet_count": "3",
      "id": "1721370070614470519",
      "created_at": "Mon Nov 06 03:33:01 +0000 2023",
      "favorited": false,
      "full_text": "long summer evening shift. the sea was flat like a mirror and i rode along it with no hands for about ten seconds. don't tell my mum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "14",
      "id_str": "1720663359748410129",
      "truncated": false,
      "retweet_count": "3",
      "id": "1720663359748410129",
      "created_at": "Sat Nov 04 04:44:48 +0000 2023",
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
        "107"
      ],
      "favorite_count": "39",
      "id_str": "1720225927397542758",
      "truncated": false,
      "retweet_count": "2",
      "id": "1720225927397542758",
      "created_at": "Thu Nov 02 23:46:36 +0000 2023",
      "favorited": false,
      "full_text": "the new dispatch map shows every pothole. kestrel ave looks like the surface of the moon. accurate honestly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1717923371939696162",
      "truncated": false,
      "retweet_count": "0",
      "id": "1717923371939696162",
      "created_at": "Fri Oct 27 15:17:04 +0000 2023",
      "favorited": false,
      "full_text": "my shift ended at sunrise and the street sweeper driver waved at me. this city is ok sometimes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1716957692165040265",
      "truncated": false,
      "retweet_count": "0",
      "id": "1716957692165040265",
      "created_at": "Tue Oct 24 23:19:48 +0000 2023",
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
      "favorite_count": "33",
      "id_str": "1716464442014041176",
      "truncated": false,
      "retweet_count": "5",
      "id": "1716464442014041176",
      "created_at": "Mon Oct 23 14:39:48 +0000 2023",
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
      "favorite_count": "26",
      "id_str": "1714480041296842414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1714480041296842414",
      "created_at": "Wed Oct 18 03:14:30 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes i need new brake pads no i will not buy the cheap ones again",
      "lang": "en",
      "in_reply_to_status_id_str": "1714465948433194844",
      "in_reply_to_user_id_str": "315522036304767963",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1714465948433194844",
      "in_reply_to_user_id": "315522036304767963"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1713785380666380972",
      "truncated": false,
      "retweet_count": "3",
      "id": "1713785380666380972",
      "created_at": "Mon Oct 16 05:14:10 +0000 2023",
      "favorited": false,
      "full_text": "made a 30 second track for every drop i did tonight. 18 tracks. all bad. one of them is good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "3",
      "id_str": "1712246230480946182",
      "truncated": false,
      "retweet_count": "2",
      "id": "1712246230480946182",
      "created_at": "Wed Oct 11 23:18:08 +0000 2023",
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
      "id_str": "1710810469889710844",
      "truncated": false,
      "retweet_count": "4",
      "id": "1710810469889710844",
      "created_at": "Sun Oct 08 00:12:56 +0000 2023",
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
        "57"
      ],
      "favorite_count": "32",
      "id_str": "1709761247966817932",
      "truncated": false,
      "retweet_count": "1",
      "id": "1709761247966817932",
      "created_at": "Thu Oct 05 02:43:42 +0000 2023",
      "favorited": false,
      "full_text": "hot take: the best bike tool is a friend with a bike tool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1709353565814224794",
      "truncated": false,
      "retweet_count": "3",
      "id": "1709353565814224794",
      "created_at": "Tue Oct 03 23:43:43 +0000 2023",
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
      "favorite_count": "39",
      "id_str": "1708119568022096763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1708119568022096763",
      "created_at": "Sat Sep 30 14:00:15 +0000 2023",
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
        "123"
      ],
      "favorite_count": "23",
      "id_str": "1706445461912155464",
      "truncated": false,
      "retweet_count": "2",
      "id": "1706445461912155464",
      "created_at": "Mon Sep 25 23:07:57 +0000 2023",
      "favorited": false,
      "full_text": "played a set on the roof of the car park for the summer solstice. 40 people, one drone, the sun coming up behind us. unreal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1705730794453904075",
      "truncated": false,
      "retweet_count": "0",
      "id": "1705730794453904075",
      "created_at": "Sat Sep 23 23:48:07 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "10",
      "id_str": "1703915998803225775",
      "truncated": false,
      "retweet_count": "5",
      "id": "1703915998803225775",
      "created_at": "Mon Sep 18 23:36:46 +0000 2023",
      "favorited": false,
      "full_text": "the gulls on the harbour wall have started following me. they think i have chips. sometimes i do",
      "lang": "en"
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
      "favorite_count": "3",
      "id_str": "1703778132031826598",
      "truncated": false,
      "retweet_count": "1",
      "id": "1703778132031826598",
      "created_at": "Mon Sep 18 14:28:56 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks the mural is so good. port calder finally gets something right",
      "lang": "en",
      "in_reply_to_status_id_str": "1703718740688091452",
      "in_reply_to_user_id_str": "723361682484303708",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1703718740688091452",
      "in_reply_to_user_id": "723361682484303708"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "11",
      "id_str": "1701434824719164907",
      "truncated": false,
      "retweet_count": "3",
      "id": "1701434824719164907",
      "created_at": "Tue Sep 12 03:17:28 +0000 2023",
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
        "89"
      ],
      "favorite_count": "11",
      "id_str": "1701010768002383314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1701010768002383314",
      "created_at": "Sun Sep 10 23:12:25 +0000 2023",
      "favorited": false,
      "full_text": "summer rain tonight. warm and heavy. rode the whole shift with my hood down like a madman",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1699425350448542518",
      "truncated": false,
      "retweet_count": "5",
      "id": "1699425350448542518",
      "created_at": "Wed Sep 06 14:12:32 +0000 2023",
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
      "favorite_count": "6",
      "id_str": "1698334932071419283",
      "truncated": false,
      "retweet_count": "2",
      "id": "1698334932071419283",
      "created_at": "Sun Sep 03 13:59:36 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops the address was a car park. the customer lived in the car park?? no further questions",
      "lang": "en",
      "in_reply_to_status_id_str": "1698277050680284310",
      "in_reply_to_user_id_str": "540057678204580273",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1698277050680284310",
      "in_reply_to_user_id": "540057678204580273"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "6",
      "id_str": "1697746882261946477",
      "truncated": false,
      "retweet_count": "4",
      "id": "1697746882261946477",
      "created_at": "Fri Sep 01 23:02:54 +0000 2023",
      "favorited": false,
      "full_text": "3am soup from the van by the station. same soup every night. it's the best soup in port calder and i will not be taking questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1695651160520625250",
      "truncated": false,
      "retweet_count": "3",
      "id": "1695651160520625250",
      "created_at": "Sun Aug 27 04:15:15 +0000 2023",
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
      "favorite_count": "13",
      "id_str": "1694851742957948285",
      "truncated": false,
      "retweet_count": "4",
      "id": "1694851742957948285",
      "created_at": "Thu Aug 24 23:18:39 +0000 2023",
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
      "favorite_count": "30",
      "id_str": "1693820313270156354",
      "truncated": false,
      "retweet_count": "2",
      "id": "1693820313270156354",
      "created_at": "Tue Aug 22 03:00:07 +0000 2023",
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
        "124"
      ],
      "favorite_count": "12",
      "id_str": "1693267516587711796",
      "truncated": false,
      "retweet_count": "2",
      "id": "1693267516587711796",
      "created_at": "Sun Aug 20 14:23:30 +0000 2023",
      "favorited": false,
      "full_text": "rode through the tunnel under the railway and shouted just to hear the echo. it shouted back. i think it was another courier",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "17",
      "id_str": "1691609017480662237",
      "truncated": false,
      "retweet_count": "4",
      "id": "1691609017480662237",
      "created_at": "Wed Aug 16 00:33:13 +0000 2023",
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
      "favorite_count": "1",
      "id_str": "1689480555001736088",
      "truncated": false,
      "retweet_count": "4",
      "id": "1689480555001736088",
      "created_at": "Thu Aug 10 03:35:28 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "2",
      "id_str": "1689268943978713965",
      "truncated": false,
      "retweet_count": "0",
      "id": "1689268943978713965",
      "created_at": "Wed Aug 09 13:34:36 +0000 2023",
      "favorited": false,
      "full_text": "a drunk guy at the taxi rank tried to buy brick for 50 quid. brick is not for sale. brick is family",
      "lang": "en"
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
      "favorite_count": "7",
      "id_str": "1688021587329632917",
      "truncated": false,
      "retweet_count": "1",
      "id": "1688021587329632917",
      "created_at": "Sun Aug 06 02:58:03 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray you were the dancing guy weren't you",
      "lang": "en",
      "in_reply_to_status_id_str": "1687994156581013011",
      "in_reply_to_user_id_str": "384494810329311488",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1687994156581013011",
      "in_reply_to_user_id": "384494810329311488"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1687116016123042153",
      "truncated": false,
      "retweet_count": "3",
      "id": "1687116016123042153",
      "created_at": "Thu Aug 03 14:59:38 +0000 2023",
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
        "75"
      ],
      "favorite_count": "23",
      "id_str": "1685289937796452262",
      "truncated": false,
      "retweet_count": "2",
      "id": "1685289937796452262",
      "created_at": "Sat Jul 29 14:03:27 +0000 2023",
      "favorited": false,
      "full_text": "@synth_swap_pc still got that filter? asking for a friend. the friend is me",
      "lang": "en",
      "in_reply_to_status_id_str": "1685272573377003921",
      "in_reply_to_user_id_str": "620009663215976454",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1685272573377003921",
      "in_reply_to_user_id": "620009663215976454"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1684341261728094108",
      "truncated": false,
      "retweet_count": "2",
      "id": "1684341261728094108",
      "created_at": "Wed Jul 26 23:13:45 +0000 2023",
      "favorited": false,
      "full_text": "rode past the old lighthouse at dusk and the first star came out right above it. nice one sky",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1683256291752063987",
      "truncated": false,
      "retweet_count": "5",
      "id": "1683256291752063987",
      "created_at": "Sun Jul 23 23:22:28 +0000 2023",
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
      "favorite_count": "14",
      "id_str": "1682226002920308938",
      "truncated": false,
      "retweet_count": "4",
      "id": "1682226002920308938",
      "created_at": "Fri Jul 21 03:08:28 +0000 2023",
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
      "favorite_count": "33",
      "id_str": "1681313779546434948",
      "truncated": false,
      "retweet_count": "2",
      "id": "1681313779546434948",
      "created_at": "Tue Jul 18 14:43:37 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "20",
      "id_str": "1680212527282993888",
      "truncated": false,
      "retweet_count": "3",
      "id": "1680212527282993888",
      "created_at": "Sat Jul 15 13:47:38 +0000 2023",
      "favorited": false,
      "full_text": "bought a bag of second hand jack cables at the flea market. half of them work. that's a great ratio for the flea market",
      "lang": "en"
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
      "id_str": "1678757938461773514",
      "truncated": false,
      "retweet_count": "4",
      "id": "1678757938461773514",
      "created_at": "Tue Jul 11 13:27:37 +0000 2023",
      "favorited": false,
      "full_text": "@synth_swap_pc ok it's a little haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1678725726208001096",
      "in_reply_to_user_id_str": "558477826053333409",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1678725726208001096",
      "in_reply_to_user_id": "558477826053333409"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "39",
      "id_str": "1677688055395436217",
      "truncated": false,
      "retweet_count": "2",
      "id": "1677688055395436217",
      "created_at": "Sat Jul 08 14:36:17 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "19",
      "id_str": "1676219432433510915",
      "truncated": false,
      "retweet_count": "5",
      "id": "1676219432433510915",
      "created_at": "Tue Jul 04 13:20:30 +0000 2023",
      "favorited": false,
      "full_text": "the new dispatch app has a dark mode. finally the app matches the job",
      "lang": "en"
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
      "favorite_count": "38",
      "id_str": "1675522406217099765",
      "truncated": false,
      "retweet_count": "5",
      "id": "1675522406217099765",
      "created_at": "Sun Jul 02 15:10:46 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo the chain is oiled. i repeat the chain is oiled",
      "lang": "en",
      "in_reply_to_status_id_str": "1675462259897813690",
      "in_reply_to_user_id_str": "701727000928587068",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1675462259897813690",
      "in_reply_to_user_id": "701727000928587068"
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
        "112"
      ],
      "favorite_count": "19",
      "id_str": "1674077929864281845",
      "truncated": false,
      "retweet_count": "5",
      "id": "1674077929864281845",
      "created_at": "Wed Jun 28 15:30:56 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray you cannot deliver ice cream on a unicycle in a heatwave. you know this. you tried anyway. respect",
      "lang": "en",
      "in_reply_to_status_id_str": "1674049744142777530",
      "in_reply_to_user_id_str": "412326696905976026",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1674049744142777530",
      "in_reply_to_user_id": "412326696905976026"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1672444441395918290",
      "truncated": false,
      "retweet_count": "1",
      "id": "1672444441395918290",
      "created_at": "Sat Jun 24 03:20:02 +0000 2023",
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
      "id_str": "1672017633214313971",
      "truncated": false,
      "retweet_count": "4",
      "id": "1672017633214313971",
      "created_at": "Thu Jun 22 23:04:03 +0000 2023",
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
      "favorite_count": "14",
      "id_str": "1670440612656114318",
      "truncated": false,
      "retweet_count": "1",
      "id": "1670440612656114318",
      "created_at": "Sun Jun 18 14:37:32 +0000 2023",
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
      "favorite_count": "33",
      "id_str": "1669515995117738134",
      "truncated": false,
      "retweet_count": "5",
      "id": "1669515995117738134",
      "created_at": "Fri Jun 16 01:23:26 +0000 2023",
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
        "91"
      ],
      "favorite_count": "9",
      "id_str": "1669124553308934173",
      "truncated": false,
      "retweet_count": "2",
      "id": "1669124553308934173",
      "created_at": "Wed Jun 14 23:27:59 +0000 2023",
      "favorited": false,
      "full_text": "the fog was so thick tonight the harbour lights looked like they were floating. spooky good",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1667687609926617704",
      "truncated": false,
      "retweet_count": "1",
      "id": "1667687609926617704",
      "created_at": "Sun Jun 11 00:18:05 +0000 2023",
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
        "106"
      ],
      "favorite_count": "21",
      "id_str": "1667025660674361721",
      "truncated": false,
      "retweet_count": "3",
      "id": "1667025660674361721",
      "created_at": "Fri Jun 09 04:27:44 +0000 2023",
      "favorited": false,
      "full_text": "my neighbour knocked to say the bass was too loud. then asked what the track was called. we're friends now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "33",
      "id_str": "1666110719393880816",
      "truncated": false,
      "retweet_count": "3",
      "id": "1666110719393880816",
      "created_at": "Tue Jun 06 15:52:05 +0000 2023",
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
      "favorite_count": "31",
      "id_str": "1665174789814544921",
      "truncated": false,
      "retweet_count": "3",
      "id": "1665174789814544921",
      "created_at": "Sun Jun 04 01:53:02 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "25",
      "id_str": "1665158759183315921",
      "truncated": false,
      "retweet_count": "3",
      "id": "1665158759183315921",
      "created_at": "Sun Jun 04 00:49:20 +0000 2023",
      "favorited": false,
      "full_text": "three couriers, one umbrella, one tiny bus shelter. we made it work",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1663684054481819332",
      "truncated": false,
      "retweet_count": "2",
      "id": "1663684054481819332",
      "created_at": "Tue May 30 23:09:23 +0000 2023",
      "favorited": false,
      "full_text": "the street lights on ferry lane all went out at once at 2am. just me, my front light and a very surprised fox",
      "lang": "en"
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
      "favorite_count": "36",
      "id_str": "1663352578637367768",
      "truncated": false,
      "retweet_count": "5",
      "id": "1663352578637367768",
      "created_at": "Tue May 30 01:12:13 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray i had a spare. you owe me a coffee",
      "lang": "en",
      "in_reply_to_status_id_str": "1663338485775173128",
      "in_reply_to_user_id_str": "388954766178522268",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1663338485775173128",
      "in_reply_to_user_id": "388954766178522268"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "31",
      "id_str": "1662289674894681985",
      "truncated": false,
      "retweet_count": "0",
      "id": "1662289674894681985",
      "created_at": "Sat May 27 02:48:37 +0000 2023",
      "favorited": false,
      "full_text": "got a puncture on the bridge and fixed it in under four minutes. pit crew energy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1661173784507664252",
      "truncated": false,
      "retweet_count": "0",
      "id": "1661173784507664252",
      "created_at": "Wed May 24 00:54:28 +0000 2023",
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
      "favorite_count": "38",
      "id_str": "1660853335488907360",
      "truncated": false,
      "retweet_count": "2",
      "id": "1660853335488907360",
      "created_at": "Tue May 23 03:41:07 +0000 2023",
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
        "68"
      ],
      "favorite_count": "5",
      "id_str": "1659749465981887285",
      "truncated": false,
      "retweet_count": "4",
      "id": "1659749465981887285",
      "created_at": "Sat May 20 02:34:44 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray the unicycle is not a delivery vehicle ray. ray please",
      "lang": "en",
      "in_reply_to_status_id_str": "1659737889700642256",
      "in_reply_to_user_id_str": "390559820054102461",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1659737889700642256",
      "in_reply_to_user_id": "390559820054102461"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "26",
      "id_str": "1659047800862400994",
      "truncated": false,
      "retweet_count": "1",
      "id": "1659047800862400994",
      "created_at": "Thu May 18 04:06:34 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "38",
      "id_str": "1658258114084344970",
      "truncated": false,
      "retweet_count": "4",
      "id": "1658258114084344970",
      "created_at": "Mon May 15 23:48:38 +0000 2023",
      "favorited": false,
      "full_text": "built a little box that turns my bike's speed into a pitch. faster is higher. the hills sound very sad",
      "lang": "en"
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
      "favorite_count": "15",
      "id_str": "1656847015999834255",
      "truncated": false,
      "retweet_count": "1",
      "id": "1656847015999834255",
      "created_at": "Fri May 12 02:21:26 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks it melted on the way. i apologised to the ice cream personally",
      "lang": "en",
      "in_reply_to_status_id_str": "1656825876710215640",
      "in_reply_to_user_id_str": "336412488918231090",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1656825876710215640",
      "in_reply_to_user_id": "336412488918231090"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1656679705214548951",
      "truncated": false,
      "retweet_count": "0",
      "id": "1656679705214548951",
      "created_at": "Thu May 11 15:16:36 +0000 2023",
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
        "87"
      ],
      "favorite_count": "6",
      "id_str": "1655565081510508976",
      "truncated": false,
      "retweet_count": "3",
      "id": "1655565081510508976",
      "created_at": "Mon May 08 13:27:29 +0000 2023",
      "favorited": false,
      "full_text": "the moon tonight was so bright i switched my light off for a bit. don't tell the police",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1655028411921435200",
      "truncated": false,
      "retweet_count": "4",
      "id": "1655028411921435200",
      "created_at": "Sun May 07 01:54:57 +0000 2023",
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
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1654270350194431528",
      "truncated": false,
      "retweet_count": "2",
      "id": "1654270350194431528",
      "created_at": "Thu May 04 23:42:41 +0000 2023",
      "favorited": false,
      "full_text": "dispatch sent me to three addresses on the same street in the wrong order. up the hill, down the hill, up the hill",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "25",
      "id_str": "1653206959916046427",
      "truncated": false,
      "retweet_count": "4",
      "id": "1653206959916046427",
      "created_at": "Tue May 02 01:17:09 +0000 2023",
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
      "id_str": "1652118173121871981",
      "truncated": false,
      "retweet_count": "2",
      "id": "1652118173121871981",
      "created_at": "Sat Apr 29 01:10:42 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "28",
      "id_str": "1651048285860957883",
      "truncated": false,
      "retweet_count": "1",
      "id": "1651048285860957883",
      "created_at": "Wed Apr 26 02:19:21 +0000 2023",
      "favorited": false,
      "full_text": "recorded the ticking of my wheel at 4am for a new beat. the bpm is exactly how tired i was",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1650336386645450947",
      "truncated": false,
      "retweet_count": "3",
      "id": "1650336386645450947",
      "created_at": "Mon Apr 24 03:10:31 +0000 2023",
      "favorited": false,
      "full_text": "ice on the canal bridge this morning. walked brick across it like a nervous dog. no shame",
      "lang": "en"
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
      "favorite_count": "26",
      "id_str": "1649921616117676393",
      "truncated": false,
      "retweet_count": "3",
      "id": "1649921616117676393",
      "created_at": "Sat Apr 22 23:42:22 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers the van has a name now. we call him gary",
      "lang": "en",
      "in_reply_to_status_id_str": "1649875562660533214",
      "in_reply_to_user_id_str": "381387609159068560",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1649875562660533214",
      "in_reply_to_user_id": "381387609159068560"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "38",
      "id_str": "1649275420672181128",
      "truncated": false,
      "retweet_count": "4",
      "id": "1649275420672181128",
      "created_at": "Fri Apr 21 04:54:37 +0000 2023",
      "favorited": false,
      "full_text": "saw the whole night shift crew at the 24 hour cafe at 3am. seven bikes outside, seven soggy humans inside",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1647786992205988595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1647786992205988595",
      "created_at": "Mon Apr 17 02:20:08 +0000 2023",
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
      "favorite_count": "25",
      "id_str": "1647409500649494649",
      "truncated": false,
      "retweet_count": "2",
      "id": "1647409500649494649",
      "created_at": "Sun Apr 16 01:20:07 +0000 2023",
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
        "108"
      ],
      "favorite_count": "10",
      "id_str": "1646519733581691988",
      "truncated": false,
      "retweet_count": "4",
      "id": "1646519733581691988",
      "created_at": "Thu Apr 13 14:24:30 +0000 2023",
      "favorited": false,
      "full_text": "the pizza place on harbour road gives couriers the burnt ones for free. honestly better than the normal ones",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "26",
      "id_str": "1645787672347511633",
      "truncated": false,
      "retweet_count": "2",
      "id": "1645787672347511633",
      "created_at": "Tue Apr 11 13:55:33 +0000 2023",
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
        "99"
      ],
      "favorite_count": "14",
      "id_str": "1644532883387387883",
      "truncated": false,
      "retweet_count": "5",
      "id": "1644532883387387883",
      "created_at": "Sat Apr 08 02:49:28 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops the app says i rode 400 km this month. my legs say 4,000. we'll never know the truth",
      "lang": "en",
      "in_reply_to_status_id_str": "1644517028919996170",
      "in_reply_to_user_id_str": "710540081662661548",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1644517028919996170",
      "in_reply_to_user_id": "710540081662661548"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1644165193925624693",
      "truncated": false,
      "retweet_count": "4",
      "id": "1644165193925624693",
      "created_at": "Fri Apr 07 02:28:24 +0000 2023",
      "favorited": false,
      "full_text": "a customer asked if i wanted to come in and warm up. said no thanks, had six more drops. regretted it on drop two",
      "lang": "en"
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
        "42"
      ],
      "favorite_count": "12",
      "id_str": "1643272734112587685",
      "truncated": false,
      "retweet_count": "0",
      "id": "1643272734112587685",
      "created_at": "Tue Apr 04 15:22:05 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo it's not rust it's patina",
      "lang": "en",
      "in_reply_to_status_id_str": "1643254111404685872",
      "in_reply_to_user_id_str": "448284656194381780",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1643254111404685872",
      "in_reply_to_user_id": "448284656194381780"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "27",
      "id_str": "1642386406372491983",
      "truncated": false,
      "retweet_count": "4",
      "id": "1642386406372491983",
      "created_at": "Sun Apr 02 04:40:08 +0000 2023",
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
      "favorite_count": "32",
      "id_str": "1641242917470095221",
      "truncated": false,
      "retweet_count": "4",
      "id": "1641242917470095221",
      "created_at": "Thu Mar 30 00:56:19 +0000 2023",
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
        "81"
      ],
      "favorite_count": "10",
      "id_str": "1641232347823098050",
      "truncated": false,
      "retweet_count": "5",
      "id": "1641232347823098050",
      "created_at": "Thu Mar 30 00:14:19 +0000 2023",
      "favorited": false,
      "full_text": "spent my day off sleeping until 4pm and then soldering until 4am. a balanced life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1639984336861107275",
      "truncated": false,
      "retweet_count": "4",
      "id": "1639984336861107275",
      "created_at": "Sun Mar 26 13:35:10 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "3",
      "id_str": "1639442067882295024",
      "truncated": false,
      "retweet_count": "4",
      "id": "1639442067882295024",
      "created_at": "Sat Mar 25 01:40:23 +0000 2023",
      "favorited": false,
      "full_text": "the heating at the depot broke so we all sat around the tea urn like it was a campfire. courier culture",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1638055330316474114",
      "truncated": false,
      "retweet_count": "0",
      "id": "1638055330316474114",
      "created_at": "Tue Mar 21 05:49:59 +0000 2023",
      "favorited": false,
      "full_text": "tonight's playlist: slow techno, rain on my hood, one very angry goose by the canal",
      "lang": "en"
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
      "favorite_count": "17",
      "id_str": "1637589884206946579",
      "truncated": false,
      "retweet_count": "1",
      "id": "1637589884206946579",
      "created_at": "Sun Mar 19 23:00:28 +0000 2023",
      "favorited": false,
      "full_text": "@greasemonkey_jo brakes are fine they just sound haunted",
      "lang": "en",
      "in_reply_to_status_id_str": "1637550122204664619",
      "in_reply_to_user_id_str": "943333888833864443",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1637550122204664619",
      "in_reply_to_user_id": "943333888833864443"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1636568860587002327",
      "truncated": false,
      "retweet_count": "1",
      "id": "1636568860587002327",
      "created_at": "Fri Mar 17 03:23:17 +0000 2023",
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
        "113"
      ],
      "favorite_count": "19",
      "id_str": "1635440664114685269",
      "truncated": false,
      "retweet_count": "4",
      "id": "1635440664114685269",
      "created_at": "Tue Mar 14 00:40:14 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers the pothole on kestrel ave ate another wheel. please send someone with a shovel and a conscience",
      "lang": "en",
      "in_reply_to_status_id_str": "1635421538091412769",
      "in_reply_to_user_id_str": "834962125452730991",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1635421538091412769",
      "in_reply_to_user_id": "834962125452730991"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "36",
      "id_str": "1635125692855429007",
      "truncated": false,
      "retweet_count": "0",
      "id": "1635125692855429007",
      "created_at": "Mon Mar 13 03:48:39 +0000 2023",
      "favorited": false,
      "full_text": "made a loop from the squeak of the depot door. it opens and closes about 200 times a night so i had plenty of takes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1633977372113713220",
      "truncated": false,
      "retweet_count": "4",
      "id": "1633977372113713220",
      "created_at": "Thu Mar 09 23:45:38 +0000 2023",
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
        "79"
      ],
      "favorite_count": "6",
      "id_str": "1633123541843144844",
      "truncated": false,
      "retweet_count": "5",
      "id": "1633123541843144844",
      "created_at": "Tue Mar 07 15:12:49 +0000 2023",
      "favorited": false,
      "full_text": "new headphones for synth stuff. now i can hear every mistake in high definition",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "23",
      "id_str": "1632568052417501613",
      "truncated": false,
      "retweet_count": "4",
      "id": "1632568052417501613",
      "created_at": "Mon Mar 06 02:25:30 +0000 2023",
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
      "favorite_count": "30",
      "id_str": "1631869713384368486",
      "truncated": false,
      "retweet_count": "1",
      "id": "1631869713384368486",
      "created_at": "Sat Mar 04 04:10:33 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops i hope the pizza helped",
      "lang": "en",
      "in_reply_to_status_id_str": "1631843289266662574",
      "in_reply_to_user_id_str": "907652009016509888",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1631843289266662574",
      "in_reply_to_user_id": "907652009016509888"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "0",
      "id_str": "1631431513473306090",
      "truncated": false,
      "retweet_count": "1",
      "id": "1631431513473306090",
      "created_at": "Thu Mar 02 23:09:18 +0000 2023",
      "favorited": false,
      "full_text": "dropped off a birthday cake at 11:58pm. the kid was asleep. the dad cried a bit. i think we both needed it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1629991407584201845",
      "truncated": false,
      "retweet_count": "4",
      "id": "1629991407584201845",
      "created_at": "Sun Feb 26 23:46:50 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "6",
      "id_str": "1629481547987222321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1629481547987222321",
      "created_at": "Sat Feb 25 14:00:50 +0000 2023",
      "favorited": false,
      "full_text": "the rain stopped for ten whole minutes tonight and everyone on the street looked up like it was an eclipse",
      "lang": "en"
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
      "favorite_count": "39",
      "id_str": "1628541507993428858",
      "truncated": false,
      "retweet_count": "3",
      "id": "1628541507993428858",
      "created_at": "Wed Feb 22 23:45:27 +0000 2023",
      "favorited": false,
      "full_text": "@unicycle_ray told you the laundrette was cursed. or blessed. one of those",
      "lang": "en",
      "in_reply_to_status_id_str": "1628495202876708797",
      "in_reply_to_user_id_str": "876066202419773204",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1628495202876708797",
      "in_reply_to_user_id": "876066202419773204"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "18",
      "id_str": "1627863536501559654",
      "truncated": false,
      "retweet_count": "4",
      "id": "1627863536501559654",
      "created_at": "Tue Feb 21 02:51:26 +0000 2023",
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
        "66"
      ],
      "favorite_count": "32",
      "id_str": "1626754088565320606",
      "truncated": false,
      "retweet_count": "2",
      "id": "1626754088565320606",
      "created_at": "Sat Feb 18 01:22:53 +0000 2023",
      "favorited": false,
      "full_text": "a guy asked if i'm training for a race. mate i'm training for rent",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1626215565095932084",
      "truncated": false,
      "retweet_count": "5",
      "id": "1626215565095932084",
      "created_at": "Thu Feb 16 13:42:59 +0000 2023",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "20",
      "id_str": "1625520434705847337",
      "truncated": false,
      "retweet_count": "0",
      "id": "1625520434705847337",
      "created_at": "Tue Feb 14 15:40:47 +0000 2023",
      "favorited": false,
      "full_text": "my new track is four minutes of a squeaky brake pad pitched down an octave. it's called \"stop\"",
      "lang": "en"
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
      "favorite_count": "31",
      "id_str": "1624553760882650373",
      "truncated": false,
      "retweet_count": "3",
      "id": "1624553760882650373",
      "created_at": "Sat Feb 11 23:39:34 +0000 2023",
      "favorited": false,
      "full_text": "@calder_couriers if anyone sees a grey single speed with a green bar tape please tell me. no questions asked",
      "lang": "en",
      "in_reply_to_status_id_str": "1624543946209700761",
      "in_reply_to_user_id_str": "851565543665349322",
      "in_reply_to_screen_name": "calder_couriers",
      "in_reply_to_status_id": "1624543946209700761",
      "in_reply_to_user_id": "851565543665349322"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1623862443113059752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1623862443113059752",
      "created_at": "Fri Feb 10 01:52:31 +0000 2023",
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
        "81"
      ],
      "favorite_count": "30",
      "id_str": "1622420676281083123",
      "truncated": false,
      "retweet_count": "1",
      "id": "1622420676281083123",
      "created_at": "Mon Feb 06 02:23:27 +0000 2023",
      "favorited": false,
      "full_text": "@night_owl_ops no i did not get lost. the map got lost. i was exactly where i was",
      "lang": "en",
      "in_reply_to_status_id_str": "1622406583416393776",
      "in_reply_to_user_id_str": "358762592392710060",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1622406583416393776",
      "in_reply_to_user_id": "358762592392710060"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "35",
      "id_str": "1621695573390499839",
      "truncated": false,
      "retweet_count": "4",
      "id": "1621695573390499839",
      "created_at": "Sat Feb 04 02:22:09 +0000 2023",
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
        "74"
      ],
      "favorite_count": "32",
      "id_str": "1620938346330897992",
      "truncated": false,
      "retweet_count": "1",
      "id": "1620938346330897992",
      "created_at": "Thu Feb 02 00:13:12 +0000 2023",
      "favorited": false,
      "full_text": "rode home behind a milk float at 5am. slowest and happiest ride of my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1619921009506311205",
      "truncated": false,
      "retweet_count": "4",
      "id": "1619921009506311205",
      "created_at": "Mon Jan 30 04:50:40 +0000 2023",
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
      "favorite_count": "25",
      "id_str": "1619139174463530360",
      "truncated": false,
      "retweet_count": "4",
      "id": "1619139174463530360",
      "created_at": "Sat Jan 28 01:03:56 +0000 2023",
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
        "95"
      ],
      "favorite_count": "33",
      "id_str": "1618060919567452354",
      "truncated": false,
      "retweet_count": "4",
      "id": "1618060919567452354",
      "created_at": "Wed Jan 25 01:39:20 +0000 2023",
      "favorited": false,
      "full_text": "night bus 47 and me have the same route now. we race. he wins on the hills, i win at the lights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "18",
      "id_str": "1617722397293596255",
      "truncated": false,
      "retweet_count": "0",
      "id": "1617722397293596255",
      "created_at": "Tue Jan 24 03:14:10 +0000 2023",
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
        "80"
      ],
      "favorite_count": "28",
      "id_str": "1616941484996116284",
      "truncated": false,
      "retweet_count": "2",
      "id": "1616941484996116284",
      "created_at": "Sat Jan 21 23:31:06 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks the drum machine only does one beat but the beat goes so hard",
      "lang": "en",
      "in_reply_to_status_id_str": "1616934690224962400",
      "in_reply_to_user_id_str": "435737321617468353",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1616934690224962400",
      "in_reply_to_user_id": "435737321617468353"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "19",
      "id_str": "1615904250394297651",
      "truncated": false,
      "retweet_count": "1",
      "id": "1615904250394297651",
      "created_at": "Thu Jan 19 02:49:30 +0000 2023",
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
      "favorite_count": "24",
      "id_str": "1615853755168439540",
      "truncated": false,
      "retweet_count": "3",
      "id": "1615853755168439540",
      "created_at": "Wed Jan 18 23:28:51 +0000 2023",
      "favorited": false,
      "full_text": "@spokes_and_sparks pics or it didn't happen. actually don't",
      "lang": "en",
      "in_reply_to_status_id_str": "1615842430549751898",
      "in_reply_to_user_id_str": "273095202521625027",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1615842430549751898",
      "in_reply_to_user_id": "273095202521625027"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "5",
      "id_str": "1614405071930288062",
      "truncated": false,
      "retweet_count": "5",
      "id": "1614405071930288062",
      "created_at": "Sat Jan 14 23:32:18 +0000 2023",
      "favorited": false,
      "full_text": "the dock street law firm tipped tonight. a whole pound. i'm framing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "7",
      "id_str": "1613366327376693306",
      "truncated": false,
      "retweet_count": "5",
      "id": "1613366327376693306",
      "created_at": "Thu Jan 12 02:44:42 +0000 2023",
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
        "98"
      ],
      "favorite_count": "34",
      "id_str": "1612627387481851763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1612627387481851763",
      "created_at": "Tue Jan 10 01:48:25 +0000 2023",
      "favorited": false,
      "full_text": "bought a cheap keyboard with a broken c key. every song is now in a key without c. creative limits",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "1",
      "id_str": "1612473771095879791",
      "truncated": false,
      "retweet_count": "5",
      "id": "1612473771095879791",
      "created_at": "Mon Jan 09 15:38:00 +0000 2023",
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
      "favorite_count": "23",
      "id_str": "1611349685042239562",
      "truncated": false,
      "retweet_count": "3",
      "id": "1611349685042239562",
      "created_at": "Fri Jan 06 13:11:17 +0000 2023",
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
      "favorite_count": "15",
      "id_str": "1610299632645470394",
      "truncated": false,
      "retweet_count": "2",
      "id": "1610299632645470394",
      "created_at": "Tue Jan 03 15:38:45 +0000 2023",
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
      "favorite_count": "34",
      "id_str": "1609690770702731151",
      "truncated": false,
      "retweet_count": "3",
      "id": "1609690770702731151",
      "created_at": "Sun Jan 01 23:19:21 +0000 2023",
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
      "favorite_count": "2",
      "id_str": "1608998546964044936",
      "truncated": false,
      "retweet_count": "5",
      "id": "1608998546964044936",
      "created_at": "Sat Dec 31 01:28:42 +0000 2022",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "35",
      "id_str": "1608466914738399645",
      "truncated": false,
      "retweet_count": "1",
      "id": "1608466914738399645",
      "created_at": "Thu Dec 29 14:16:11 +0000 2022",
      "favorited": false,
      "full_text": "cold enough tonight that my water bottle had ice in it. in october. port calder you're unwell",
      "lang": "en"
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
      "favorite_count": "21",
      "id_str": "1607606264529885736",
      "truncated": false,
      "retweet_count": "3",
      "id": "1607606264529885736",
      "created_at": "Tue Dec 27 05:16:16 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo the socks lied to me",
      "lang": "en",
      "in_reply_to_status_id_str": "1607594184930793182",
      "in_reply_to_user_id_str": "715032383231522398",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1607594184930793182",
      "in_reply_to_user_id": "715032383231522398"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1607212343886328993",
      "truncated": false,
      "retweet_count": "5",
      "id": "1607212343886328993",
      "created_at": "Mon Dec 26 03:10:58 +0000 2022",
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
        "101"
      ],
      "favorite_count": "5",
      "id_str": "1606489984073910235",
      "truncated": false,
      "retweet_count": "5",
      "id": "1606489984073910235",
      "created_at": "Sat Dec 24 03:20:34 +0000 2022",
      "favorited": false,
      "full_text": "someone in a flat on ashgrove road plays piano every night at 1am. i slow down every time i ride past",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1605424794432820309",
      "truncated": false,
      "retweet_count": "5",
      "id": "1605424794432820309",
      "created_at": "Wed Dec 21 04:47:53 +0000 2022",
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
      "favorite_count": "23",
      "id_str": "1604826883816762293",
      "truncated": false,
      "retweet_count": "1",
      "id": "1604826883816762293",
      "created_at": "Mon Dec 19 13:12:00 +0000 2022",
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
        "97"
      ],
      "favorite_count": "19",
      "id_str": "1603945958342167114",
      "truncated": false,
      "retweet_count": "5",
      "id": "1603945958342167114",
      "created_at": "Sat Dec 17 02:51:31 +0000 2022",
      "favorited": false,
      "full_text": "my phone mount snapped so i navigated the whole shift with the phone in my teeth. kidding. mostly",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1603528394407529973",
      "truncated": false,
      "retweet_count": "4",
      "id": "1603528394407529973",
      "created_at": "Thu Dec 15 23:12:16 +0000 2022",
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
      "favorite_count": "22",
      "id_str": "1602494737546929678",
      "truncated": false,
      "retweet_count": "1",
      "id": "1602494737546929678",
      "created_at": "Tue Dec 13 02:44:53 +0000 2022",
      "favorited": false,
      "full_text": "@unicycle_ray respect honestly. no gears no brakes no fear",
      "lang": "en",
      "in_reply_to_status_id_str": "1602477624787564544",
      "in_reply_to_user_id_str": "883349876157827495",
      "in_reply_to_screen_name": "unicycle_ray",
      "in_reply_to_status_id": "1602477624787564544",
      "in_reply_to_user_id": "883349876157827495"
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
        "70"
      ],
      "favorite_count": "22",
      "id_str": "1601769240393498831",
      "truncated": false,
      "retweet_count": "3",
      "id": "1601769240393498831",
      "created_at": "Sun Dec 11 02:42:01 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo new brake pads are in. i can stop now. what a concept",
      "lang": "en",
      "in_reply_to_status_id_str": "1601742816279167414",
      "in_reply_to_user_id_str": "877698615286100547",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1601742816279167414",
      "in_reply_to_user_id": "877698615286100547"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1601577246130162442",
      "truncated": false,
      "retweet_count": "0",
      "id": "1601577246130162442",
      "created_at": "Sat Dec 10 13:59:06 +0000 2022",
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
      "id_str": "1600643732469043272",
      "truncated": false,
      "retweet_count": "3",
      "id": "1600643732469043272",
      "created_at": "Thu Dec 08 00:09:39 +0000 2022",
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
      "favorite_count": "35",
      "id_str": "1599910039650202302",
      "truncated": false,
      "retweet_count": "5",
      "id": "1599910039650202302",
      "created_at": "Mon Dec 05 23:34:13 +0000 2022",
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
        "102"
      ],
      "favorite_count": "32",
      "id_str": "1599558431143181434",
      "truncated": false,
      "retweet_count": "5",
      "id": "1599558431143181434",
      "created_at": "Mon Dec 05 00:17:03 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks yes i'll play the laundrette again. no i won't turn it down. the dryers can take it",
      "lang": "en",
      "in_reply_to_status_id_str": "1599538046827057701",
      "in_reply_to_user_id_str": "585249026461326126",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1599538046827057701",
      "in_reply_to_user_id": "585249026461326126"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1598845093281194086",
      "truncated": false,
      "retweet_count": "3",
      "id": "1598845093281194086",
      "created_at": "Sat Dec 03 01:02:30 +0000 2022",
      "favorited": false,
      "full_text": "a delivery to the lighthouse keeper's cottage. 9 km of coast road in the wind. he gave me a tenner and a biscuit. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "2",
      "id_str": "1598313700127685613",
      "truncated": false,
      "retweet_count": "1",
      "id": "1598313700127685613",
      "created_at": "Thu Dec 01 13:50:56 +0000 2022",
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
        "130"
      ],
      "favorite_count": "35",
      "id_str": "1597052661659250155",
      "truncated": false,
      "retweet_count": "1",
      "id": "1597052661659250155",
      "created_at": "Mon Nov 28 02:20:01 +0000 2022",
      "favorited": false,
      "full_text": "bonfire night shift. fireworks going off over the river and me delivering curry to everyone who stayed in. the real heroes stay in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1596690332514145238",
      "truncated": false,
      "retweet_count": "2",
      "id": "1596690332514145238",
      "created_at": "Sun Nov 27 02:20:15 +0000 2022",
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
        "131"
      ],
      "favorite_count": "33",
      "id_str": "1595613663065195758",
      "truncated": false,
      "retweet_count": "0",
      "id": "1595613663065195758",
      "created_at": "Thu Nov 24 03:01:57 +0000 2022",
      "favorited": false,
      "full_text": "the leaves are down, the rain is up and the dispatch app has decided i live on the hill now. every drop is uphill. every single one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "12",
      "id_str": "1595229297048495888",
      "truncated": false,
      "retweet_count": "5",
      "id": "1595229297048495888",
      "created_at": "Wed Nov 23 01:34:37 +0000 2022",
      "favorited": false,
      "full_text": "my dinner tonight was a pasty eaten under the railway bridge while it poured. five stars would shelter again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "8",
      "id_str": "1594889994631618682",
      "truncated": false,
      "retweet_count": "0",
      "id": "1594889994631618682",
      "created_at": "Tue Nov 22 03:06:21 +0000 2022",
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
      "favorite_count": "9",
      "id_str": "1593412362305378466",
      "truncated": false,
      "retweet_count": "5",
      "id": "1593412362305378466",
      "created_at": "Fri Nov 18 01:14:46 +0000 2022",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "6",
      "id_str": "1592739952459458460",
      "truncated": false,
      "retweet_count": "5",
      "id": "1592739952459458460",
      "created_at": "Wed Nov 16 04:42:51 +0000 2022",
      "favorited": false,
      "full_text": "first gig ever tomorrow at the laundrette. if you hear a noise like a microwave arguing with a drum that's me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "26",
      "id_str": "1592369800934891621",
      "truncated": false,
      "retweet_count": "3",
      "id": "1592369800934891621",
      "created_at": "Tue Nov 15 04:12:00 +0000 2022",
      "favorited": false,
      "full_text": "a lady on the seafront gave me a flask of soup and said \"you look like you need this\". i did. i really did",
      "lang": "en"
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
      "favorite_count": "33",
      "id_str": "1591821185975297736",
      "truncated": false,
      "retweet_count": "1",
      "id": "1591821185975297736",
      "created_at": "Sun Nov 13 15:52:00 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops it has one bag of crisps left and it's been there since july",
      "lang": "en",
      "in_reply_to_status_id_str": "1591808099745855279",
      "in_reply_to_user_id_str": "685097150628681315",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1591808099745855279",
      "in_reply_to_user_id": "685097150628681315"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1590915337943259308",
      "truncated": false,
      "retweet_count": "2",
      "id": "1590915337943259308",
      "created_at": "Fri Nov 11 03:52:29 +0000 2022",
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
        "93"
      ],
      "favorite_count": "4",
      "id_str": "1590554137068412419",
      "truncated": false,
      "retweet_count": "4",
      "id": "1590554137068412419",
      "created_at": "Thu Nov 10 03:57:12 +0000 2022",
      "favorited": false,
      "full_text": "tried to record the foghorn for a track but a seagull screamed right into the mic. keeping it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1589825376746134946",
      "truncated": false,
      "retweet_count": "1",
      "id": "1589825376746134946",
      "created_at": "Tue Nov 08 03:41:22 +0000 2022",
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
      "favorite_count": "9",
      "id_str": "1589098273177395594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1589098273177395594",
      "created_at": "Sun Nov 06 03:32:07 +0000 2022",
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
        "114"
      ],
      "favorite_count": "34",
      "id_str": "1588364118980991723",
      "truncated": false,
      "retweet_count": "3",
      "id": "1588364118980991723",
      "created_at": "Fri Nov 04 02:54:51 +0000 2022",
      "favorited": false,
      "full_text": "soaked through twice tonight. once from the sky and once from a bus going through a puddle at speed. thanks bus 12",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1587273595749012942",
      "truncated": false,
      "retweet_count": "4",
      "id": "1587273595749012942",
      "created_at": "Tue Nov 01 02:41:30 +0000 2022",
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
      "id_str": "1586955604591281141",
      "truncated": false,
      "retweet_count": "0",
      "id": "1586955604591281141",
      "created_at": "Mon Oct 31 05:37:55 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks send it. i need it for my collection",
      "lang": "en",
      "in_reply_to_status_id_str": "1586913829321599136",
      "in_reply_to_user_id_str": "691203340945123555",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1586913829321599136",
      "in_reply_to_user_id": "691203340945123555"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "36",
      "id_str": "1586497880193025280",
      "truncated": false,
      "retweet_count": "3",
      "id": "1586497880193025280",
      "created_at": "Sat Oct 29 23:19:05 +0000 2022",
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
        "109"
      ],
      "favorite_count": "22",
      "id_str": "1585449316775086351",
      "truncated": false,
      "retweet_count": "0",
      "id": "1585449316775086351",
      "created_at": "Thu Oct 27 01:52:28 +0000 2022",
      "favorited": false,
      "full_text": "ordered a cheap patch cable online. it came with a free keyring shaped like a tyre. best purchase of the year",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1585406417437127322",
      "truncated": false,
      "retweet_count": "1",
      "id": "1585406417437127322",
      "created_at": "Wed Oct 26 23:02:00 +0000 2022",
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
      "favorite_count": "36",
      "id_str": "1584175460514425248",
      "truncated": false,
      "retweet_count": "2",
      "id": "1584175460514425248",
      "created_at": "Sun Oct 23 13:30:37 +0000 2022",
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
        "107"
      ],
      "favorite_count": "8",
      "id_str": "1583819531878878273",
      "truncated": false,
      "retweet_count": "1",
      "id": "1583819531878878273",
      "created_at": "Sat Oct 22 13:56:17 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops dispatch says the crash was \"a brief outage\". it was forty minutes. i counted the rain drops",
      "lang": "en",
      "in_reply_to_status_id_str": "1583767186962461038",
      "in_reply_to_user_id_str": "335972343104314206",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1583767186962461038",
      "in_reply_to_user_id": "335972343104314206"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "25",
      "id_str": "1582938644151794899",
      "truncated": false,
      "retweet_count": "2",
      "id": "1582938644151794899",
      "created_at": "Thu Oct 20 03:35:57 +0000 2022",
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
      "favorite_count": "34",
      "id_str": "1582201067404215192",
      "truncated": false,
      "retweet_count": "0",
      "id": "1582201067404215192",
      "created_at": "Tue Oct 18 02:45:05 +0000 2022",
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
        "57"
      ],
      "favorite_count": "19",
      "id_str": "1581482239196114453",
      "truncated": false,
      "retweet_count": "3",
      "id": "1581482239196114453",
      "created_at": "Sun Oct 16 03:08:43 +0000 2022",
      "favorited": false,
      "full_text": "new tail light blinks in three modes. i use the angry one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "131"
      ],
      "favorite_count": "24",
      "id_str": "1580799729468073699",
      "truncated": false,
      "retweet_count": "3",
      "id": "1580799729468073699",
      "created_at": "Fri Oct 14 05:56:40 +0000 2022",
      "favorited": false,
      "full_text": "spent my day off fixing a broken synth from the flea market. it works now but only plays in c minor. it's a sad synth and i love it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "37",
      "id_str": "1580408434457735282",
      "truncated": false,
      "retweet_count": "4",
      "id": "1580408434457735282",
      "created_at": "Thu Oct 13 04:01:48 +0000 2022",
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
      "favorite_count": "28",
      "id_str": "1579838566956708742",
      "truncated": false,
      "retweet_count": "2",
      "id": "1579838566956708742",
      "created_at": "Tue Oct 11 14:17:21 +0000 2022",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "30",
      "id_str": "1578775596103647057",
      "truncated": false,
      "retweet_count": "4",
      "id": "1578775596103647057",
      "created_at": "Sat Oct 08 15:53:29 +0000 2022",
      "favorited": false,
      "full_text": "the clocks went back and now my whole shift is dark. which it was anyway. nothing changed actually",
      "lang": "en"
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
      "favorite_count": "38",
      "id_str": "1578052053497406207",
      "truncated": false,
      "retweet_count": "3",
      "id": "1578052053497406207",
      "created_at": "Thu Oct 06 15:58:23 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo elbow is fine pride is not",
      "lang": "en",
      "in_reply_to_status_id_str": "1578046013701026247",
      "in_reply_to_user_id_str": "475907898375959053",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1578046013701026247",
      "in_reply_to_user_id": "475907898375959053"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1577510602406855448",
      "truncated": false,
      "retweet_count": "1",
      "id": "1577510602406855448",
      "created_at": "Wed Oct 05 04:06:51 +0000 2022",
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
      "favorite_count": "24",
      "id_str": "1576601336021196260",
      "truncated": false,
      "retweet_count": "1",
      "id": "1576601336021196260",
      "created_at": "Sun Oct 02 15:53:45 +0000 2022",
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
      "favorite_count": "5",
      "id_str": "1576214952543066674",
      "truncated": false,
      "retweet_count": "2",
      "id": "1576214952543066674",
      "created_at": "Sat Oct 01 14:18:24 +0000 2022",
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
      "favorite_count": "32",
      "id_str": "1574959328917199504",
      "truncated": false,
      "retweet_count": "1",
      "id": "1574959328917199504",
      "created_at": "Wed Sep 28 03:09:00 +0000 2022",
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
      "favorite_count": "38",
      "id_str": "1573817312216043606",
      "truncated": false,
      "retweet_count": "1",
      "id": "1573817312216043606",
      "created_at": "Sat Sep 24 23:31:02 +0000 2022",
      "favorited": false,
      "full_text": "@night_owl_ops the fox was on its way to work same as me",
      "lang": "en",
      "in_reply_to_status_id_str": "1573808252516638391",
      "in_reply_to_user_id_str": "556980770923497531",
      "in_reply_to_screen_name": "night_owl_ops",
      "in_reply_to_status_id": "1573808252516638391",
      "in_reply_to_user_id": "556980770923497531"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "22",
      "id_str": "1573188187586040272",
      "truncated": false,
      "retweet_count": "4",
      "id": "1573188187586040272",
      "created_at": "Fri Sep 23 05:51:07 +0000 2022",
      "favorited": false,
      "full_text": "rode up the gasworks hill without getting off once. tell everyone. tell the newspapers",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "32",
      "id_str": "1572439571430078474",
      "truncated": false,
      "retweet_count": "3",
      "id": "1572439571430078474",
      "created_at": "Wed Sep 21 04:16:23 +0000 2022",
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
      "favorite_count": "23",
      "id_str": "1571520901413516373",
      "truncated": false,
      "retweet_count": "5",
      "id": "1571520901413516373",
      "created_at": "Sun Sep 18 15:25:55 +0000 2022",
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
      "favorite_count": "33",
      "id_str": "1570216909075751969",
      "truncated": false,
      "retweet_count": "4",
      "id": "1570216909075751969",
      "created_at": "Thu Sep 15 01:04:19 +0000 2022",
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
        "110"
      ],
      "favorite_count": "8",
      "id_str": "1568777210035204782",
      "truncated": false,
      "retweet_count": "3",
      "id": "1568777210035204782",
      "created_at": "Sun Sep 11 01:43:28 +0000 2022",
      "favorited": false,
      "full_text": "patched the oscillator into the filter into the delay into the other delay. it sounds like a whale in a tunnel",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1567664972890405003",
      "truncated": false,
      "retweet_count": "2",
      "id": "1567664972890405003",
      "created_at": "Thu Sep 08 00:03:50 +0000 2022",
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
      "favorite_count": "5",
      "id_str": "1566662492288843668",
      "truncated": false,
      "retweet_count": "3",
      "id": "1566662492288843668",
      "created_at": "Mon Sep 05 05:40:20 +0000 2022",
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
        "89"
      ],
      "favorite_count": "7",
      "id_str": "1566271696404944416",
      "truncated": false,
      "retweet_count": "2",
      "id": "1566271696404944416",
      "created_at": "Sun Sep 04 03:47:27 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo how many spokes can a wheel lose before it's a problem. asking for brick",
      "lang": "en",
      "in_reply_to_status_id_str": "1566260623442200013",
      "in_reply_to_user_id_str": "836648853545556176",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1566260623442200013",
      "in_reply_to_user_id": "836648853545556176"
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
      "id_str": "1565498988165998308",
      "truncated": false,
      "retweet_count": "1",
      "id": "1565498988165998308",
      "created_at": "Fri Sep 02 00:36:59 +0000 2022",
      "favorited": false,
      "full_text": "@synth_swap_pc is the smell negotiable",
      "lang": "en",
      "in_reply_to_status_id_str": "1565445888276461252",
      "in_reply_to_user_id_str": "132561836140102075",
      "in_reply_to_screen_name": "synth_swap_pc",
      "in_reply_to_status_id": "1565445888276461252",
      "in_reply_to_user_id": "132561836140102075"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1564763273688297722",
      "truncated": false,
      "retweet_count": "5",
      "id": "1564763273688297722",
      "created_at": "Tue Aug 30 23:53:31 +0000 2022",
      "favorited": false,
      "full_text": "late drop to a hospital. the nurses tipped in biscuits. nurses are the best customers, no contest",
      "lang": "en"
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
      "id_str": "1563698432180046660",
      "truncated": false,
      "retweet_count": "3",
      "id": "1563698432180046660",
      "created_at": "Sun Aug 28 01:22:13 +0000 2022",
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
      "favorite_count": "7",
      "id_str": "1562629148902399782",
      "truncated": false,
      "retweet_count": "2",
      "id": "1562629148902399782",
      "created_at": "Thu Aug 25 02:33:16 +0000 2022",
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
      "favorite_count": "2",
      "id_str": "1561537358986571837",
      "truncated": false,
      "retweet_count": "5",
      "id": "1561537358986571837",
      "created_at": "Mon Aug 22 02:14:53 +0000 2022",
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
      "favorite_count": "22",
      "id_str": "1560638842600962198",
      "truncated": false,
      "retweet_count": "1",
      "id": "1560638842600962198",
      "created_at": "Fri Aug 19 14:44:30 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo the noise is coming from somewhere near the pedals. or my knees. hard to tell",
      "lang": "en",
      "in_reply_to_status_id_str": "1560627266320070724",
      "in_reply_to_user_id_str": "716477476416851753",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1560627266320070724",
      "in_reply_to_user_id": "716477476416851753"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "38",
      "id_str": "1559556200462246974",
      "truncated": false,
      "retweet_count": "4",
      "id": "1559556200462246974",
      "created_at": "Tue Aug 16 15:02:28 +0000 2022",
      "favorited": false,
      "full_text": "the guy who runs the kebab van on dock street knows every courier by name and every name by order. legend behaviour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "30",
      "id_str": "1558640680367769180",
      "truncated": false,
      "retweet_count": "4",
      "id": "1558640680367769180",
      "created_at": "Sun Aug 14 02:24:31 +0000 2022",
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
        "119"
      ],
      "favorite_count": "33",
      "id_str": "1557226574971271197",
      "truncated": false,
      "retweet_count": "3",
      "id": "1557226574971271197",
      "created_at": "Wed Aug 10 04:45:22 +0000 2022",
      "favorited": false,
      "full_text": "learned that if you plug the drum machine into the delay pedal backwards it sounds like a haunted ice cream van. a gift",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1556864161936418660",
      "truncated": false,
      "retweet_count": "5",
      "id": "1556864161936418660",
      "created_at": "Tue Aug 09 04:45:16 +0000 2022",
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
      "favorite_count": "6",
      "id_str": "1555546726857352400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1555546726857352400",
      "created_at": "Fri Aug 05 13:30:15 +0000 2022",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "28",
      "id_str": "1554660193598025291",
      "truncated": false,
      "retweet_count": "3",
      "id": "1554660193598025291",
      "created_at": "Wed Aug 03 02:47:29 +0000 2022",
      "favorited": false,
      "full_text": "bought a second hand synth off a guy in a van. it works. the van did not",
      "lang": "en"
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
      "favorite_count": "25",
      "id_str": "1553192577270472679",
      "truncated": false,
      "retweet_count": "1",
      "id": "1553192577270472679",
      "created_at": "Sat Jul 30 01:35:42 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks tape is a lifestyle",
      "lang": "en",
      "in_reply_to_status_id_str": "1553154325215847896",
      "in_reply_to_user_id_str": "507518191325631067",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1553154325215847896",
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
        "71"
      ],
      "favorite_count": "28",
      "id_str": "1552309273623423543",
      "truncated": false,
      "retweet_count": "1",
      "id": "1552309273623423543",
      "created_at": "Wed Jul 27 15:05:46 +0000 2022",
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
      "favorite_count": "36",
      "id_str": "1552150032678657719",
      "truncated": false,
      "retweet_count": "0",
      "id": "1552150032678657719",
      "created_at": "Wed Jul 27 04:33:00 +0000 2022",
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
        "103"
      ],
      "favorite_count": "8",
      "id_str": "1551232448988012217",
      "truncated": false,
      "retweet_count": "3",
      "id": "1551232448988012217",
      "created_at": "Sun Jul 24 15:46:51 +0000 2022",
      "favorited": false,
      "full_text": "the drawbridge went up at 2am and six couriers just stood there waiting in the drizzle like a sad choir",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "21",
      "id_str": "1549586876724978298",
      "truncated": false,
      "retweet_count": "3",
      "id": "1549586876724978298",
      "created_at": "Wed Jul 20 02:47:56 +0000 2022",
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
      "favorite_count": "35",
      "id_str": "1549223650000786507",
      "truncated": false,
      "retweet_count": "1",
      "id": "1549223650000786507",
      "created_at": "Tue Jul 19 02:44:36 +0000 2022",
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
      "favorite_count": "11",
      "id_str": "1547770646623349376",
      "truncated": false,
      "retweet_count": "2",
      "id": "1547770646623349376",
      "created_at": "Fri Jul 15 02:30:53 +0000 2022",
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
        "83"
      ],
      "favorite_count": "33",
      "id_str": "1547055106751281027",
      "truncated": false,
      "retweet_count": "3",
      "id": "1547055106751281027",
      "created_at": "Wed Jul 13 03:07:35 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks the dying fridge is now a dying fridge with reverb. huge upgrade",
      "lang": "en",
      "in_reply_to_status_id_str": "1547003265155143548",
      "in_reply_to_user_id_str": "580396452318195167",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1547003265155143548",
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
      "favorite_count": "7",
      "id_str": "1546361440173673824",
      "truncated": false,
      "retweet_count": "5",
      "id": "1546361440173673824",
      "created_at": "Mon Jul 11 05:11:12 +0000 2022",
      "favorited": false,
      "full_text": "@greasemonkey_jo yes the chain is squeaking again no i have not oiled it yes i know",
      "lang": "en",
      "in_reply_to_status_id_str": "1546351122185408348",
      "in_reply_to_user_id_str": "562858432861534131",
      "in_reply_to_screen_name": "greasemonkey_jo",
      "in_reply_to_status_id": "1546351122185408348",
      "in_reply_to_user_id": "562858432861534131"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "6",
      "id_str": "1544687279538730806",
      "truncated": false,
      "retweet_count": "3",
      "id": "1544687279538730806",
      "created_at": "Wed Jul 06 14:18:41 +0000 2022",
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
      "favorite_count": "17",
      "id_str": "1543783943897700986",
      "truncated": false,
      "retweet_count": "1",
      "id": "1543783943897700986",
      "created_at": "Mon Jul 04 02:29:09 +0000 2022",
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
        "83"
      ],
      "favorite_count": "34",
      "id_str": "1543408335583401280",
      "truncated": false,
      "retweet_count": "5",
      "id": "1543408335583401280",
      "created_at": "Sun Jul 03 01:36:37 +0000 2022",
      "favorited": false,
      "full_text": "my rain trousers have a hole in exactly the wrong place. i'm not explaining further",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "28",
      "id_str": "1542006750182405979",
      "truncated": false,
      "retweet_count": "4",
      "id": "1542006750182405979",
      "created_at": "Wed Jun 29 04:47:13 +0000 2022",
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
      "favorite_count": "1",
      "id_str": "1541056559972776388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1541056559972776388",
      "created_at": "Sun Jun 26 13:51:30 +0000 2022",
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
      "favorite_count": "19",
      "id_str": "1540833360082071508",
      "truncated": false,
      "retweet_count": "1",
      "id": "1540833360082071508",
      "created_at": "Sat Jun 25 23:04:35 +0000 2022",
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
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "20",
      "id_str": "1539436518439134722",
      "truncated": false,
      "retweet_count": "1",
      "id": "1539436518439134722",
      "created_at": "Wed Jun 22 02:34:02 +0000 2022",
      "favorited": false,
      "full_text": "tip of the night: a guy gave me a single chip. a crisp actually. salt and vinegar. i ate it",
      "lang": "en"
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
      "id_str": "1538672001679767402",
      "truncated": false,
      "retweet_count": "3",
      "id": "1538672001679767402",
      "created_at": "Sun Jun 19 23:56:07 +0000 2022",
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
      "favorite_count": "38",
      "id_str": "1537667751081239768",
      "truncated": false,
      "retweet_count": "5",
      "id": "1537667751081239768",
      "created_at": "Fri Jun 17 05:25:35 +0000 2022",
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
      "favorite_count": "13",
      "id_str": "1535824572579029189",
      "truncated": false,
      "retweet_count": "3",
      "id": "1535824572579029189",
      "created_at": "Sun Jun 12 03:21:27 +0000 2022",
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
        "126"
      ],
      "favorite_count": "20",
      "id_str": "1535780767268893158",
      "truncated": false,
      "retweet_count": "1",
      "id": "1535780767268893158",
      "created_at": "Sun Jun 12 00:27:23 +0000 2022",
      "favorited": false,
      "full_text": "rode the length of the harbour wall at 4am with the tide coming in. spray in my face. felt like a film. a cheap film but still",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "29",
      "id_str": "1534714638106723132",
      "truncated": false,
      "retweet_count": "0",
      "id": "1534714638106723132",
      "created_at": "Thu Jun 09 01:50:58 +0000 2022",
      "favorited": false,
      "full_text": "found out the old ferry terminal has the best echo in the city. brought a tiny speaker and made it hum for ten minutes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "id_str": "1533640984362694922",
      "truncated": false,
      "retweet_count": "3",
      "id": "1533640984362694922",
      "created_at": "Mon Jun 06 02:44:39 +0000 2022",
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
      "favorite_count": "32",
      "id_str": "1532185388906220731",
      "truncated": false,
      "retweet_count": "5",
      "id": "1532185388906220731",
      "created_at": "Thu Jun 02 02:20:38 +0000 2022",
      "favorited": false,
      "full_text": "@spokes_and_sparks the fridge noise is a feature not a bug",
      "lang": "en",
      "in_reply_to_status_id_str": "1532163494639839278",
      "in_reply_to_user_id_str": "514155826344876787",
      "in_reply_to_screen_name": "spokes_and_spar",
      "in_reply_to_status_id": "1532163494639839278",
      "in_reply_to_user_id": "514155826344876787"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "4",
      "id_str": "1531457769439344780",
      "truncated": false,
      "retweet_count": "4",
      "id": "1531457769439344780",
      "created_at": "Tue May 31 02:09:20 +0000 2022",
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
        "114"
      ],
      "favorite_count": "12",
      "id_str": "1530354621346863815",
      "truncated": false,
      "retweet_count": "4",
      "id": "1530354621346863815",
      "created_at": "Sat May 28 01:05:49 +0000 2022",
      "favorited": false,
      "full_text": "dispatch gave me a drop on the top floor of the car park on carver street. the lift was broken. it's always broken",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "16",
      "id_str": "1529691740960988133",
      "truncated": false,
      "retweet_count": "4",
      "id": "1529691740960988133",
      "created_at": "Thu May 26 05:11:46 +0000 2022",
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
      "favorite_count": "20",
      "id_str": "1528202721098122921",
      "truncated": false,
      "retweet_count": "5",
      "id": "1528202721098122921",
      "created_at": "Sun May 22 02:34:56 +0000 2022",
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
      "favorite_count": "4",
      "id_str": "1527458450242576316",
      "truncated": false,
      "retweet_count": "5",
      "id": "1527458450242576316",
      "created_at": "Fri May 20 01:17:28 +0000 2022",
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
        "68"
      ],
      "favorite_count": "34",
      "id_str": "1526583656838616972",
      "truncated": false,
      "retweet_count": "4",
      "id": "1526583656838616972",
      "created_at": "Tue May 17 15:21:21 +0000 2022",
      "favorited": false,
      "full_text": "week one of posting here. 4 followers. one of them is my mum. hi mum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
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
      "favorite_count": "35",
      "id_str": "1525275063350954804",
      "truncated": false,
      "retweet_count": "4",
      "id": "1525275063350954804",
      "created_at": "Sat May 14 00:41:28 +0000 2022",
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
      "favorite_count": "19",
      "id_str": "1524921932316131301",
      "truncated": false,
      "retweet_count": "4",
      "id": "1524921932316131301",
      "created_at": "Fri May 13 01:18:15 +0000 2022",
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
      "favorite_count": "12",
      "id_str": "1523800039880543625",
      "truncated": false,
      "retweet_count": "3",
      "id": "1523800039880543625",
      "created_at": "Mon May 09 23:00:15 +0000 2022",
      "favorited": false,
      "full_text": "ok new account. i ride bikes for money at night and make bleepy noises with synths in the day. that's the whole brand",
      "lang": "en"
    }
  }
]
