//Solution goes in Sources
