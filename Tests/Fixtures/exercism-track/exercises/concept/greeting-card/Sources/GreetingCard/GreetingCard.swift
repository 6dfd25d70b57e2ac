// TODO: define the 'cardHeading(to:)' function

// TODO: define the 'signature' constant
