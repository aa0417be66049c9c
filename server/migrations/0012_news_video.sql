-- A video shown with an article: the player's address (YouTube's privacy-enhanced player,
-- Vimeo's, or one of the deployment's own video sites), normalised when it was set.
alter table articles add column video_url text;
